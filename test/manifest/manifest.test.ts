import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "./check-manifest";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require("../../scripts/production-manifest.cjs") as {
  productionManifest(xml: string, baseUrl: string): string;
};

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const assets = join(root, "assets");

describe("the production manifest", () => {
  it("points every URL at the production base URL, with nothing left on localhost", () => {
    const shipped = productionManifest(manifest, "https://crm.example.com/cellcrm/");
    expect(shipped).not.toMatch(/localhost/);
    expect(shipped).toContain('DefaultValue="https://crm.example.com/cellcrm/taskpane.html"');
    expect(checkManifest(shipped, assets)).toEqual([]);
  });

  it("reports a requirement set the add-in needs but does not declare", () => {
    const broken = manifest.replace('<Set Name="ExcelApi" MinVersion="1.9"/>', "");
    expect(checkManifest(broken, assets)).toEqual(["Requirements must declare ExcelApi 1.9"]);
  });
});

describe("manifest.xml (offline validation)", () => {
  it("has no problems", () => {
    expect(checkManifest(manifest, assets)).toEqual([]);
  });

  it("reports a resid that does not resolve", () => {
    const broken = manifest.replace(
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Taskpane.Ur"/>',
    );
    expect(checkManifest(broken, assets)).toEqual(
      expect.arrayContaining([
        'resid "Taskpane.Ur" is referenced but not defined in Resources',
        'FunctionFile uses "Taskpane.Ur", not the runtime "Taskpane.Url"',
      ]),
    );
  });

  it("reports an http URL", () => {
    const broken = manifest.replace(
      'DefaultValue="https://localhost:3000/functions.json"',
      'DefaultValue="http://localhost:3000/functions.json"',
    );
    expect(checkManifest(broken, assets)).toContain(
      "URL is not https: http://localhost:3000/functions.json",
    );
  });

  it("reports an icon whose pixel size does not match", () => {
    const broken = manifest.replace(
      'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
      'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
    );
    expect(checkManifest(broken, assets)).toContain(
      "icon https://localhost:3000/assets/icon-32.png is 32x32, expected 16x16",
    );
  });

  it("reports Runtimes placed after the form factors", () => {
    const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/.exec(manifest)![0];
    const moved = manifest
      .replace(runtimes, "")
      .replace("</DesktopFormFactor>", `</DesktopFormFactor>${runtimes}`);
    expect(checkManifest(moved, assets)).toContain(
      "<Runtimes> must be the first child of the Host element",
    );
  });

  it("reports a namespace other than CRM", () => {
    const broken = manifest.replace(
      'id="Functions.Namespace" DefaultValue="CRM"',
      'id="Functions.Namespace" DefaultValue="CONTOSO"',
    );
    expect(checkManifest(broken, assets)).toEqual(['the custom functions namespace must be "CRM"']);
  });

  it("reports a resid that names the wrong kind of resource", () => {
    const broken = manifest.replace(
      '<Label resid="SyncButton.Label"/>',
      '<Label resid="SyncButton.Tooltip"/>',
    );
    expect(checkManifest(broken, assets)).toEqual([
      '<Label resid="SyncButton.Tooltip"> needs bt:ShortStrings, not bt:LongStrings',
    ]);
  });

  it("reports a short string over the 125 character limit", () => {
    const broken = manifest.replace(
      'id="SyncButton.Label" DefaultValue="Sync now"',
      `id="SyncButton.Label" DefaultValue="${"x".repeat(126)}"`,
    );
    expect(checkManifest(broken, assets)).toEqual([
      'bt:ShortStrings "SyncButton.Label" is longer than 125 characters',
    ]);
  });

  it("reports a nested VersionOverrides 1.1, which only Outlook supports", () => {
    const open = /<VersionOverrides [^>]*>/.exec(manifest)![0];
    const nested = manifest
      .replace(open, `${open}\n<VersionOverrides xsi:type="VersionOverridesV1_1">`)
      .replace("</VersionOverrides>", "</VersionOverrides></VersionOverrides>");
    expect(checkManifest(nested, assets)).toContain(
      "a TaskPaneApp must not nest VersionOverrides (1.1 is for Outlook only)",
    );
  });

  it("reports XML that is not well-formed", () => {
    const broken = manifest.replace("</Permissions>", "</Permission>");
    expect(checkManifest(broken, assets)).toEqual([
      expect.stringMatching(/^manifest.xml is not well-formed XML: /),
    ]);
  });

  it("reports a button icon slot filled with another size", () => {
    const broken = manifest.replace(
      '<bt:Image size="80" resid="Icon.80x80"/>',
      '<bt:Image size="80" resid="Icon.32x32"/>',
    );
    expect(checkManifest(broken, assets)).toEqual([
      '<bt:Image size="80"> points at "Icon.32x32", another size',
    ]);
  });
});
