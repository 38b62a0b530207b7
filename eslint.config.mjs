// Lint rules, including the layer boundaries of DESIGN.md §1: imports point inward, and only
// src/excel (plus the simulator in src/workbench) may touch the Excel/Office globals.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const LAYERS = ["store", "excel", "sync", "functions", "taskpane", "commands", "workbench", "app"];
const layerPatterns = (except) =>
  LAYERS.filter((l) => !except.includes(l)).flatMap((l) => [`**/${l}/*`, `**/${l}`]);

const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension", "OfficeRuntime"].map((name) => ({
  name,
  message: "Only src/excel (and the simulator in src/workbench) may use Office globals.",
}));
const DOM_GLOBALS = ["window", "document", "indexedDB", "navigator", "localStorage"].map(
  (name) => ({ name, message: "src/domain is pure: no DOM or browser globals." }),
);

const restrict = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: ["dist/", "node_modules/", "coverage/", "test-results/", "bench-results/", "assets/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "react-hooks": reactHooks, "office-addins": officeAddins },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-eval": "error",
      "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["src/domain/**"],
    rules: {
      ...restrict(
        [
          ...layerPatterns([]),
          "dexie",
          "dexie-*",
          "react",
          "react-*",
          "@fluentui/*",
          "@microsoft/*",
          "office-*",
          "exceljs",
        ],
        "src/domain is pure TypeScript: it imports nothing outside src/domain.",
      ),
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS, ...DOM_GLOBALS],
    },
  },
  {
    files: ["src/store/**"],
    rules: {
      ...restrict(
        [...layerPatterns([]), "react", "react-dom", "@fluentui/*"],
        "src/store depends only on src/domain and Dexie.",
      ),
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    },
  },
  {
    files: ["src/excel/**"],
    rules: restrict(
      [...layerPatterns([]), "dexie", "dexie-*", "react", "react-*", "@fluentui/*"],
      "src/excel adapts Office.js only; it depends on src/domain alone.",
    ),
  },
  {
    files: ["src/sync/**"],
    rules: {
      ...restrict(
        [...layerPatterns(["store", "excel"]), "react", "react-*", "@fluentui/*"],
        "src/sync combines domain, store and the WorkbookPort; no UI.",
      ),
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    },
  },
  {
    files: ["src/functions/**"],
    rules: {
      ...restrict(
        [...layerPatterns(["store", "app"]), "react", "react-*", "@fluentui/*", "dexie"],
        "Custom functions are thin wrappers over src/domain (or the store via src/app).",
      ),
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    },
  },
  {
    files: ["src/taskpane/**", "src/commands/**"],
    rules: {
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    },
  },
  {
    files: ["test/**", "bench/**", "scripts/**"],
    rules: { "max-lines": "off" },
  },
);
