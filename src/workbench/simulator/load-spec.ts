// Normalises the three forms of load(): "a, b/c", ["a", "b/c"], and objects ({ select, expand }
// or { a: true, b: { c: true } }) into own property names plus loads to forward to children.

export interface LoadPlan {
  /** Own properties; null means "all scalar properties" (load() with no argument). */
  own: string[] | null;
  /** Navigation property → paths to load on that child (e.g. worksheet → ["name"]). */
  nested: Map<string, string[]>;
}

export type LoadSpec = string | string[] | Record<string, unknown> | undefined;

function addPath(plan: LoadPlan, path: string): void {
  const trimmed = path.trim();
  if (!trimmed) return;
  const slash = trimmed.indexOf("/");
  if (slash < 0) {
    (plan.own ??= []).push(trimmed);
    return;
  }
  const head = trimmed.slice(0, slash);
  const list = plan.nested.get(head) ?? [];
  list.push(trimmed.slice(slash + 1));
  plan.nested.set(head, list);
}

function addObject(plan: LoadPlan, spec: Record<string, unknown>, prefix: string): void {
  for (const [key, v] of Object.entries(spec)) {
    if (key.startsWith("$")) continue;
    if (v === true) addPath(plan, prefix + key);
    else if (v && typeof v === "object")
      addObject(plan, v as Record<string, unknown>, `${prefix}${key}/`);
  }
}

export function parseLoadSpec(spec: LoadSpec): LoadPlan {
  const plan: LoadPlan = { own: null, nested: new Map() };
  if (spec === undefined || spec === null) return plan;
  const paths: string[] = [];
  if (typeof spec === "string") paths.push(...spec.split(","));
  else if (Array.isArray(spec)) spec.forEach((s) => paths.push(...s.split(",")));
  else if ("select" in spec || "expand" in spec) {
    if (typeof spec.select === "string") paths.push(...spec.select.split(","));
    if (typeof spec.expand === "string") paths.push(...spec.expand.split(","));
  } else {
    addObject(plan, spec, "");
  }
  for (const p of paths) addPath(plan, p);
  if (plan.own === null && (plan.nested.size > 0 || paths.length > 0)) plan.own = [];
  return plan;
}
