/** End-to-end tests: the built workbench (dist/) in Debian's Chromium. Run via scripts/e2e.mjs. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
  // the second pass, on the lowest declared requirement sets, is about the Excel API the add-in
  // may call; the pane's layout, axe and chart drawings do not depend on it, and photographing
  // every view twice more would cost CI minutes for nothing
  testPathIgnorePatterns:
    process.env.CELLCRM_E2E_REQUIREMENTS === "lowest"
      ? ["/node_modules/", "/pane-design\\.e2e\\.", "/pane-charts\\.e2e\\."]
      : ["/node_modules/"],
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
