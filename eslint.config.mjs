// Lint rules, including the layer boundaries of DESIGN.md §1: imports point inward, and only
// src/excel (plus the simulator in src/workbench) may touch the Excel/Office globals.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const LAYERS = ["store", "excel", "sync", "functions", "taskpane", "commands", "workbench", "app"];
const MAX_DEPTH = 4;
const RESTRICTED = Symbol("layers");
/** Marks "every layer but these" inside a pattern list; ring() turns it into relative paths. */
const layerPatterns = (except) => [{ [RESTRICTED]: except }];

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

/**
 * One ring's import rule, per folder depth: a relative import names another layer only by going
 * up to src/ ("../app/…" from src/taskpane, "../../app/…" from src/taskpane/sync), so a layer's
 * own sub-folders that share a layer's name (src/taskpane/sync) are not mistaken for it.
 */
function ring(folder, patterns, message, rules = {}) {
  return Array.from({ length: MAX_DEPTH }, (_, depth) => {
    const up = "../".repeat(depth + 1);
    const group = patterns.flatMap((p) =>
      typeof p === "string"
        ? [p]
        : LAYERS.filter((l) => l !== folder && !p[RESTRICTED].includes(l)).flatMap((l) => [
            `${up}${l}`,
            `${up}${l}/**`,
          ]),
    );
    return {
      files: [`src/${folder}/${"*/".repeat(depth)}*.{ts,tsx}`],
      rules: { ...restrict(group, message), ...rules },
    };
  });
}

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
  ...ring(
    "domain",
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
    { "no-restricted-globals": ["error", ...OFFICE_GLOBALS, ...DOM_GLOBALS] },
  ),
  ...ring(
    "store",
    [...layerPatterns([]), "react", "react-dom", "@fluentui/*"],
    "src/store depends only on src/domain and Dexie.",
    { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  ),
  ...ring(
    "excel",
    [...layerPatterns([]), "dexie", "dexie-*", "react", "react-*", "@fluentui/*"],
    "src/excel adapts Office.js only; it depends on src/domain alone.",
  ),
  ...ring(
    "sync",
    [...layerPatterns(["store", "excel"]), "react", "react-*", "@fluentui/*"],
    "src/sync combines domain, store and the WorkbookPort; no UI.",
    { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  ),
  ...ring(
    "functions",
    [...layerPatterns(["store", "app"]), "react", "react-*", "@fluentui/*", "dexie"],
    "Custom functions are thin wrappers over src/domain (or the store via src/app).",
    { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  ),
  ...ring(
    "taskpane",
    [...layerPatterns(["excel"]), "dexie", "dexie-*"],
    "The task pane is given its services (services.ts) by the composition root: no app, store or sync code.",
    { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  ),
  ...ring(
    "commands",
    [...layerPatterns(["excel"]), "react", "react-*", "@fluentui/*", "dexie"],
    "Ribbon commands are given their handlers by the composition root (src/app).",
    { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  ),
  ...ring(
    "app",
    layerPatterns(["store", "excel", "sync", "functions", "taskpane", "commands"]),
    "src/app composes the add-in; the workbench hosts it and is never part of it.",
  ),
  ...ring(
    "workbench",
    [...layerPatterns([]), "dexie", "dexie-*"],
    "The workbench hosts the add-in's built page as Excel does; it imports none of the add-in's layers.",
  ),
  {
    files: ["test/**", "bench/**", "scripts/**"],
    rules: { "max-lines": "off" },
  },
);
