import { CustomerSearchIndex } from "../../src/store/customer-search-index";

const people = [
  { id: "C-1", name: "Ines Stanwell", company: "Maplepeak Bakery", email: "ines@maple.example" },
  { id: "C-2", name: "Stan Ines", company: "Willowgate Robotics", email: "stan@willow.example" },
  { id: "C-3", name: "Zoë Ashdown", company: "Ashdown & Söhne", email: "zoe@ash.example" },
  { id: "C-4", name: "Rosa Veyton", company: "Willowgate Motors", extra: { City: "Lisbon" } },
  { id: "C-5", name: "Inès Stanmore", company: "Pioneer Motors", email: "ines.s@pioneer.example" },
];

function indexOf(list: typeof people) {
  const index = new CustomerSearchIndex();
  for (const c of list) index.update(undefined, c);
  return index;
}

/** Independent check: every query word starts some word of the customer's text. */
function bruteForce(list: typeof people, query: string): string[] {
  const fold = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const words = fold(query);
  return list
    .filter((c) => {
      const text = fold(
        [c.name, c.company, c.email ?? "", ...Object.values(c.extra ?? {})].join(" "),
      );
      return words.every((w) => text.some((t) => t.startsWith(w)));
    })
    .map((c) => c.id)
    .sort();
}

describe("CustomerSearchIndex", () => {
  const index = indexOf(people);

  it("matches word prefixes in any order, accents and case folded, like a plain scan", () => {
    for (const q of [
      "ines",
      "INES stan",
      "stan ines",
      "zoe",
      "sohne",
      "lisbon",
      "willowgate mot",
      "x",
    ]) {
      expect(index.search(q, 50).sort()).toEqual(bruteForce(people, q));
    }
  });

  it("ranks the name as typed first, then whole words over prefixes, then the sheet's order", () => {
    expect(index.search("ines stan", 10)).toEqual(["C-1", "C-5", "C-2"]);
    expect(index.search("stan", 10)).toEqual(["C-2", "C-1", "C-5"]);
    expect(index.search("willowgate", 10)).toEqual(["C-2", "C-4"]);
  });

  it("finds a word one typo away when exact prefixes find too few, ranked after exact ones", () => {
    expect(index.search("willowgte", 10)).toEqual(["C-2", "C-4"]);
    expect(index.search("stanwel", 10)[0]).toBe("C-1");
    expect(index.search("zzq", 10)).toEqual([]);
    expect(index.search("vey", 10)).toEqual(["C-4"]);
  });

  it("follows edits and removals", () => {
    const live = indexOf(people);
    live.update(people[3], { ...people[3], name: "Rosa Quill" });
    expect(live.search("veyton", 10)).toEqual([]);
    expect(live.search("quill", 10)).toEqual(["C-4"]);
    live.update(people[0], { ...people[0], deleted: 5 });
    expect(live.search("ines", 10)).toEqual(["C-2", "C-5"]);
    live.update(undefined, people[0]);
    expect(live.search("ines", 10)).toEqual(["C-1", "C-2", "C-5"]);
  });

  it("keeps to the limit and agrees with a plain scan on 20,000 customers", () => {
    const first = ["Ada", "Ines", "Rosa", "Nico", "Zoë"];
    const last = ["Stanwell", "Stanmore", "Quill", "Veyton", "Ashdown", "Holford"];
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      id: `C-${i}`,
      name: `${first[i % 5]} ${last[(i * 7) % 6]}`,
      company: `Firm ${i % 97}`,
      email: `p${i}@example.com`,
    }));
    const big = indexOf(many);
    expect(big.search("ines", 20)).toHaveLength(20);
    for (const q of ["zoe stanm", "firm 42 ada", "p1234", "holford rosa"]) {
      const expected = bruteForce(many, q);
      expect(expected.length).toBeGreaterThan(0);
      // asked for exactly as many as match, no typo look-up widens the answer
      expect(big.search(q, expected.length).sort()).toEqual(expected);
    }
  });
});
