// `npm run test:e2e`: the Chromium end-to-end tests against dist/ (built first when missing, or
// with --build). Other arguments go to jest.
import { runE2eSuite } from "./e2e-suite.mjs";

const args = process.argv.slice(2);
const result = await runE2eSuite({
  rebuild: args.includes("--build"),
  jestArgs: args.filter((a) => a !== "--build"),
});
process.exit(result.ok ? 0 : 1);
