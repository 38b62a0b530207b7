/** End-to-end tests: the built workbench (dist/) in Debian's Chromium. Run via scripts/e2e.mjs. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2022" },
        module: { type: "commonjs" },
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // one browser at a time: the machine is shared and each test drives a real page
  maxWorkers: 1,
  testTimeout: 180_000,
};
