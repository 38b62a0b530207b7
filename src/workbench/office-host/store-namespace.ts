// A co-author's pane keeps its own store: its IndexedDB databases are opened under a prefix, so
// the two panes of ?coauthors=2 (one browser standing in for two people's devices) never share a
// database, and each sees only its own in indexedDB.databases().

export function namespaceIndexedDb(target: Record<string, unknown>, prefix: string): void {
  const real = target.indexedDB as IDBFactory | undefined;
  if (!real) return;
  const own = (name: string | undefined) => name !== undefined && name.startsWith(prefix);
  const factory: IDBFactory = {
    open: (name: string, version?: number) => real.open(prefix + name, version),
    deleteDatabase: (name: string) => real.deleteDatabase(prefix + name),
    databases: async () =>
      (await real.databases())
        .filter((info) => own(info.name))
        .map((info) => ({ ...info, name: info.name?.slice(prefix.length) })),
    cmp: (first: unknown, second: unknown) => real.cmp(first, second),
  };
  Object.defineProperty(target, "indexedDB", { configurable: true, value: factory });
}
