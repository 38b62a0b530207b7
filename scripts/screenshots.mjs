// `npm run screenshots`: runs the end-to-end tests with their screenshots saved to docs/images,
// refreshing the README's pictures (plain `npm test` saves them to the ignored test-results/).
import { runE2eSuite } from "./e2e-suite.mjs";

process.env.CELLCRM_SCREENSHOTS = "docs/images";
const result = await runE2eSuite({ rebuild: true, jestArgs: process.argv.slice(2) });
process.exit(result.ok ? 0 : 1);
