// The page Excel loads (dist/taskpane.html, the shared runtime) must instantiate every src/
// module once: state such as the runtime's session, its store and the ribbon's handlers has
// one owner only if there is one module scope.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { modulesInSeveralScopes, pageModules, srcModules } from "./module-scopes";

const dist = join(__dirname, "..", "..", "dist");

describe("the shipped page", () => {
  const built = existsSync(join(dist, "taskpane.html"));

  (built ? it : it.skip)("loads each src/ module in one module scope only", () => {
    const scripts = pageModules(dist, "taskpane.html");
    const modules = [...scripts.values()].flat();
    // the composition root, the ribbon commands, the functions and the pane are all on the page
    expect(modules).toEqual(
      expect.arrayContaining([
        "src/app/runtime.ts",
        "src/commands/index.ts",
        "src/functions/store-functions.ts",
        "src/taskpane/mount.tsx",
      ]),
    );
    expect(Object.fromEntries(modulesInSeveralScopes(scripts))).toEqual({});
  });

  it("names a module that two entries both carry", () => {
    const scripts = new Map([
      ["functions.js", srcModules(["webpack://cellcrm/./src/app/runtime.ts"])],
      [
        "taskpane.js",
        srcModules([
          "webpack://cellcrm/./src/app/runtime.ts",
          "webpack://cellcrm/./src/taskpane/app.tsx",
        ]),
      ],
    ]);
    expect(Object.fromEntries(modulesInSeveralScopes(scripts))).toEqual({
      "src/app/runtime.ts": ["functions.js", "taskpane.js"],
    });
  });
});
