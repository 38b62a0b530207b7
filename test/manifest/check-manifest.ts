// Offline checks of manifest.xml (office-addin-manifest validate needs a web service): resids
// resolve to the right kind of resource, one shared runtime is used everywhere, the CRM namespace,
// https URLs and icon files whose PNG sizes match the manifest. Returns problems as sentences.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });
const orderedParser = new XMLParser({ ignoreAttributes: false, preserveOrder: true });

function walk(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (typeof node !== "object" || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    visit(key, value);
    walk(value, visit);
  }
}

const asList = (v: unknown): Node[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Node[];

function resources(root: Node): Map<string, { kind: string; value: string }> {
  const overrides = ((root.OfficeApp as Node).VersionOverrides ?? {}) as Node;
  const out = new Map<string, { kind: string; value: string }>();
  const groups = (overrides.Resources ?? {}) as Node;
  for (const [group, child] of [
    ["bt:Images", "bt:Image"],
    ["bt:Urls", "bt:Url"],
    ["bt:ShortStrings", "bt:String"],
    ["bt:LongStrings", "bt:String"],
  ]) {
    for (const item of asList((groups[group] as Node | undefined)?.[child])) {
      out.set(String(item["@_id"]), { kind: group, value: String(item["@_DefaultValue"]) });
    }
  }
  return out;
}

// Which resource collection each resid-carrying element must point into (Office rejects a Label
// that names a URL, or a SourceLocation that names a string).
const RESID_KIND: Record<string, string> = {
  SourceLocation: "bt:Urls",
  Runtime: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  "bt:Image": "bt:Images",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Namespace: "bt:ShortStrings",
  Description: "bt:LongStrings",
};
// Limits of the bt:ShortStrings / bt:LongStrings resource types.
const MAX_LENGTH: Record<string, number> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };

function residProblems(
  root: Node,
  defined: Map<string, { kind: string; value: string }>,
): string[] {
  const problems: string[] = [];
  const visit = (element: string, node: unknown): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(element, n));
    if (typeof node !== "object" || node === null) return;
    const resid = (node as Node)["@_resid"];
    const size = String((node as Node)["@_size"]);
    if (resid !== undefined) {
      const found = defined.get(String(resid));
      const expected = RESID_KIND[element];
      if (!found) {
        problems.push(`resid "${String(resid)}" is referenced but not defined in Resources`);
      } else if (expected && found.kind !== expected) {
        problems.push(`<${element} resid="${String(resid)}"> needs ${expected}, not ${found.kind}`);
      } else if (element === "bt:Image" && !String(resid).endsWith(`.${size}x${size}`)) {
        problems.push(`<bt:Image size="${size}"> points at "${String(resid)}", another size`);
      }
    }
    for (const [key, value] of Object.entries(node)) visit(key, value);
  };
  visit("OfficeApp", root.OfficeApp);
  for (const [id, { kind, value }] of defined) {
    if (value.length > (MAX_LENGTH[kind] ?? Infinity)) {
      problems.push(`${kind} "${id}" is longer than ${MAX_LENGTH[kind]} characters`);
    }
  }
  return problems;
}

// The VersionOverrides reference: TaskPaneApp supports only VersionOverrides 1.0 in the
// taskpaneappversionoverrides namespace; a nested VersionOverridesV1_1 is Outlook-only.
function versionOverridesProblems(root: Node): string[] {
  const overrides = (root.OfficeApp as Node).VersionOverrides as Node | undefined;
  if (!overrides) return ["no <VersionOverrides> (ribbon, runtime and functions live there)"];
  const problems: string[] = [];
  if (overrides["@_xsi:type"] !== "VersionOverridesV1_0") {
    problems.push("a TaskPaneApp supports only VersionOverridesV1_0");
  }
  if (overrides["@_xmlns"] !== "http://schemas.microsoft.com/office/taskpaneappversionoverrides") {
    problems.push("VersionOverrides must use the taskpaneappversionoverrides namespace");
  }
  if (overrides.VersionOverrides !== undefined) {
    problems.push("a TaskPaneApp must not nest VersionOverrides (1.1 is for Outlook only)");
  }
  return problems;
}

function host(root: Node): Node {
  const overrides = ((root.OfficeApp as Node).VersionOverrides ?? {}) as Node;
  return ((overrides.Hosts as Node | undefined)?.Host ?? {}) as Node;
}

function runtimeProblems(root: Node): string[] {
  const problems: string[] = [];
  const h = host(root);
  const runtime = ((h.Runtimes as Node | undefined)?.Runtime ?? {}) as Node;
  const resid = runtime["@_resid"];
  if (!resid) return ["no <Runtimes><Runtime> inside VersionOverrides/Hosts/Host"];
  if (runtime["@_lifetime"] !== "long") problems.push('the shared Runtime needs lifetime="long"');
  const cf = ((h.AllFormFactors as Node)?.ExtensionPoint ?? {}) as Node;
  const desktop = (h.DesktopFormFactor ?? {}) as Node;
  const users: [string, unknown][] = [
    ["CustomFunctions Page", ((cf.Page as Node)?.SourceLocation as Node)?.["@_resid"]],
    ["FunctionFile", (desktop.FunctionFile as Node)?.["@_resid"]],
  ];
  walk(desktop, (key, value) => {
    if (key === "Action" && (value as Node)["@_xsi:type"] === "ShowTaskpane") {
      users.push(["ShowTaskpane", ((value as Node).SourceLocation as Node)?.["@_resid"]]);
    }
  });
  for (const [what, used] of users) {
    if (used !== resid) problems.push(`${what} uses "${String(used)}", not the runtime "${resid}"`);
  }
  return problems;
}

function runtimesFirstInHost(xml: string): string[] {
  const tree = orderedParser.parse(xml) as Node[];
  const find = (nodes: Node[], name: string) => nodes.find((n) => name in n);
  const app = find(tree, "OfficeApp")?.OfficeApp as Node[];
  const overrides = find(app, "VersionOverrides")?.VersionOverrides as Node[];
  const hosts = find(overrides ?? [], "Hosts")?.Hosts as Node[];
  const hostChildren = (find(hosts ?? [], "Host")?.Host ?? []) as Node[];
  const names = hostChildren.map((n) => Object.keys(n).find((k) => k !== ":@"));
  return names[0] === "Runtimes" ? [] : ["<Runtimes> must be the first child of the Host element"];
}

function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.toString("ascii", 1, 4) !== "PNG") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function urlProblems(xml: string, root: Node, assetsDir: string): string[] {
  const problems: string[] = [];
  for (const url of xml.match(/(?:DefaultValue="|<AppDomain>)(\w+:\/\/[^"<]+)/g) ?? []) {
    const address = url.replace(/^(DefaultValue="|<AppDomain>)/, "");
    if (!address.startsWith("https://")) problems.push(`URL is not https: ${address}`);
  }
  const icons: [string, number][] = [...resources(root)]
    .filter(([, r]) => r.kind === "bt:Images")
    .map(([id, r]) => [r.value, Number(/(\d+)x\1/.exec(id)?.[1])]);
  const app = root.OfficeApp as Node;
  icons.push([String((app.IconUrl as Node | undefined)?.["@_DefaultValue"]), 32]);
  icons.push([String((app.HighResolutionIconUrl as Node | undefined)?.["@_DefaultValue"]), 64]);
  for (const [url, size] of icons) {
    const file = join(assetsDir, url.split("/assets/")[1] ?? "");
    const actual = existsSync(file) ? pngSize(file) : undefined;
    if (!actual) problems.push(`icon ${url} has no PNG file in assets/`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`icon ${url} is ${actual.width}x${actual.height}, expected ${size}x${size}`);
    }
  }
  return problems;
}

function requirementProblems(root: Node, defined: Map<string, { value: string }>): string[] {
  const app = root.OfficeApp as Node;
  const problems: string[] = [];
  const sets = asList(((app.Requirements as Node)?.Sets as Node)?.Set);
  if (!sets.some((s) => s["@_Name"] === "SharedRuntime" && s["@_MinVersion"] === "1.1")) {
    problems.push("Requirements must include SharedRuntime 1.1");
  }
  // the lowest ExcelApi every unguarded call needs (WorksheetCollection.onChanged is 1.9)
  if (!sets.some((s) => s["@_Name"] === "ExcelApi" && s["@_MinVersion"] === "1.9")) {
    problems.push("Requirements must declare ExcelApi 1.9");
  }
  if (app.Permissions !== "ReadWriteDocument")
    problems.push("Permissions must be ReadWriteDocument");
  if ((asList((app.Hosts as Node)?.Host)[0] ?? {})["@_Name"] !== "Workbook") {
    problems.push("the add-in must target the Excel Workbook host");
  }
  const cf = ((host(root).AllFormFactors as Node)?.ExtensionPoint ?? {}) as Node;
  const ns = String((cf.Namespace as Node)?.["@_resid"]);
  if (defined.get(ns)?.value !== "CRM")
    problems.push('the custom functions namespace must be "CRM"');
  return problems;
}

export function checkManifest(xml: string, assetsDir: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`manifest.xml is not well-formed XML: ${wellFormed.err.msg}`];
  const root = parser.parse(xml) as Node;
  if (!root.OfficeApp) return ["manifest.xml has no <OfficeApp> root"];
  const defined = resources(root);
  return [
    ...versionOverridesProblems(root),
    ...residProblems(root, defined),
    ...runtimeProblems(root),
    ...runtimesFirstInHost(xml),
    ...requirementProblems(root, defined),
    ...urlProblems(xml, root, assetsDir),
  ];
}
