// Which src/ modules each script of a page carries, read from the scripts' source maps: a module
// carried by two scripts is instantiated twice on that page, with two copies of its state.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The page's <script src> files that live beside it (office.js from the CDN is not ours). */
export function localScripts(html: string): string[] {
  // the built page is minified: attribute quotes are left out where HTML allows it
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^[a-z]+:\/\//i.test(src));
}

/** src/… modules in a source map's sources (webpack://cellcrm/./src/app/index.ts → src/app/index.ts). */
export function srcModules(sources: readonly string[]): string[] {
  return sources
    .map((s) => /(?:^|\/)(src\/[^?]+)/.exec(s.replace(/^webpack:\/\/[^/]*\/\.?\/?/, ""))?.[1])
    .filter((s): s is string => s !== undefined);
}

/** Modules found in more than one of the given scripts, each with the scripts that carry it. */
export function modulesInSeveralScopes(
  scripts: ReadonlyMap<string, readonly string[]>,
): Map<string, string[]> {
  const carriers = new Map<string, string[]>();
  for (const [script, modules] of scripts) {
    for (const module of new Set(modules))
      carriers.set(module, [...(carriers.get(module) ?? []), script]);
  }
  return new Map([...carriers].filter(([, where]) => where.length > 1));
}

/** Reads dist/<page>'s scripts and their maps; throws when a script has no map to read. */
export function pageModules(dist: string, page: string): Map<string, string[]> {
  const html = readFileSync(join(dist, page), "utf8");
  const byScript = new Map<string, string[]>();
  for (const src of localScripts(html)) {
    const map = join(dist, `${src.split("?")[0]}.map`);
    if (!existsSync(map)) throw new Error(`${src} has no source map (${map})`);
    const { sources } = JSON.parse(readFileSync(map, "utf8")) as { sources: string[] };
    byScript.set(src, srcModules(sources));
  }
  return byScript;
}
