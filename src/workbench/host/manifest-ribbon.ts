// The ribbon the workbench draws, read from the built manifest.xml as Excel reads it: the custom
// tab's label, its groups and buttons (label, tooltip, icon) and each button's action —
// ShowTaskpane or ExecuteFunction with its function name. Resource ids resolve to their strings.

export type RibbonAction =
  | { readonly kind: "showTaskpane" }
  | { readonly kind: "executeFunction"; readonly functionName: string };

export interface RibbonButton {
  readonly id: string;
  readonly label: string;
  readonly tooltip: string;
  /** The 16 px icon's path on this origin (the manifest's URL without its host). */
  readonly icon?: string;
  readonly action: RibbonAction;
}

export interface RibbonGroup {
  readonly label: string;
  readonly buttons: readonly RibbonButton[];
}

export interface RibbonTab {
  readonly label: string;
  readonly groups: readonly RibbonGroup[];
}

function children(parent: Element, name: string): Element[] {
  return [...parent.children].filter((c) => c.localName === name);
}

function resources(doc: Document): Map<string, string> {
  const byId = new Map<string, string>();
  for (const el of doc.getElementsByTagNameNS("*", "String")) {
    byId.set(el.getAttribute("id") ?? "", el.getAttribute("DefaultValue") ?? "");
  }
  for (const kind of ["Image", "Url"]) {
    for (const el of doc.getElementsByTagNameNS("*", kind)) {
      const id = el.getAttribute("id");
      if (id) byId.set(id, el.getAttribute("DefaultValue") ?? "");
    }
  }
  return byId;
}

function localPath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname.replace(/^\//, "");
  } catch {
    return undefined;
  }
}

function actionOf(control: Element): RibbonAction | undefined {
  const action = children(control, "Action")[0];
  const type = action?.getAttribute("xsi:type");
  if (type === "ShowTaskpane") return { kind: "showTaskpane" };
  const name = action && children(action, "FunctionName")[0]?.textContent?.trim();
  return type === "ExecuteFunction" && name
    ? { kind: "executeFunction", functionName: name }
    : undefined;
}

function buttonOf(control: Element, text: Map<string, string>): RibbonButton | undefined {
  const action = actionOf(control);
  if (!action) return undefined;
  const label = text.get(children(control, "Label")[0]?.getAttribute("resid") ?? "") ?? "";
  const tip = control.getElementsByTagNameNS("*", "Description")[0]?.getAttribute("resid");
  const images = control.getElementsByTagNameNS("*", "Image");
  const small = [...images].find((i) => i.getAttribute("size") === "16");
  return {
    id: control.getAttribute("id") ?? label,
    label,
    tooltip: text.get(tip ?? "") ?? "",
    icon: localPath(text.get(small?.getAttribute("resid") ?? "")),
    action,
  };
}

/** The manifest's custom tab; undefined when it declares none. */
export function ribbonOf(manifestXml: string): RibbonTab | undefined {
  const doc = new DOMParser().parseFromString(manifestXml, "application/xml");
  const tab = doc.getElementsByTagNameNS("*", "CustomTab")[0];
  if (!tab) return undefined;
  const text = resources(doc);
  const labelOf = (el: Element) => text.get(children(el, "Label")[0]?.getAttribute("resid") ?? "");
  const groups = children(tab, "Group").map((group) => ({
    label: labelOf(group) ?? "",
    buttons: children(group, "Control")
      .map((c) => buttonOf(c, text))
      .filter((b): b is RibbonButton => b !== undefined),
  }));
  return { label: labelOf(tab) ?? "", groups };
}

/** Lowest version per requirement set the manifest declares (Requirements/Sets). */
export function declaredRequirementSets(manifestXml: string): Record<string, string> {
  const doc = new DOMParser().parseFromString(manifestXml, "application/xml");
  const sets: Record<string, string> = {};
  const requirements = doc.getElementsByTagNameNS("*", "Requirements")[0];
  const fallback = requirements
    ?.getElementsByTagNameNS("*", "Sets")[0]
    ?.getAttribute("DefaultMinVersion");
  for (const set of requirements?.getElementsByTagNameNS("*", "Set") ?? []) {
    const name = set.getAttribute("Name");
    if (name) sets[name] = set.getAttribute("MinVersion") ?? fallback ?? "1.1";
  }
  return sets;
}
