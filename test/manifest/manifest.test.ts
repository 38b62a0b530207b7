import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "./check-manifest";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const assets = join(root, "assets");

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
});
