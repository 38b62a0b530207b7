/** Unit and component tests. Browser end-to-end tests live in test/e2e and run via scripts/e2e.mjs. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!(dexie|dexie-react-hooks)/)"],
  setupFiles: ["<rootDir>/test/setup/globals.ts"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // component tests render whole Fluent views in jsdom, where one role query can take seconds on
  // a busy 2-core machine; speed is checked by `npm run bench`, never by a test's clock
  testTimeout: 30_000,
};
