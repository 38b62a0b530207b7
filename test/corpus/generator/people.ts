// Fictitious people and companies for the corpus: a seeded generator (the same files on every
// run), invented given names and surnames combined at random, invented company names, and
// e-mail addresses only under example.com / example.org / example.net (RFC 2606). No row
// describes a real person.

export interface Person {
  readonly first: string;
  readonly last: string;
  readonly company: string;
  readonly email: string;
  readonly phone: string;
  readonly city: string;
  readonly country: string;
}

const FIRST = [
  "Maren", "Tobias", "Ilse", "Rafael", "Noor", "Kenji", "Aline", "Bram", "Carys", "Dmitri",
  "Elodie", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaia", "Lorenzo", "Mirela", "Niamh",
  "Oskar", "Pilar", "Quentin", "Rosa", "Sven", "Talia", "Umar", "Vera", "Wim", "Ximena",
  "Yusuf", "Zofia", "Anouk", "Benedikt", "Corin", "Delphine",
]; // prettier-ignore
const LAST = [
  "Ashdown", "Brenner", "Castellano", "Dunmore", "Eriksen", "Falkner", "Garrow", "Holloway",
  "Ivers", "Jankowska", "Kettering", "Lindqvist", "Marchetti", "Norwood", "Okafor", "Pellegrini",
  "Quayle", "Rautio", "Sandoval", "Thornbury", "Ueda", "Varga", "Whitcombe", "Yilmaz", "Zeller",
  "Abernethy", "Bexley", "Corrigan",
]; // prettier-ignore
const ADJECTIVE = [
  "Brightwater", "Copperleaf", "Northgate", "Silverline", "Harborview", "Meadowlark",
  "Ironbridge", "Bluefern", "Redcliff", "Oakmont", "Tidewater", "Larkspur",
]; // prettier-ignore
const NOUN = [
  "Tiles", "Logistics", "Bakery", "Studio", "Analytics", "Print", "Joinery", "Dental", "Foods",
  "Systems", "Gardens", "Optics",
]; // prettier-ignore
const SUFFIX = ["Ltd", "GmbH", "LLC", "Inc.", "& Co", "S.L.", "Group", "AB"];
const PLACES: readonly (readonly [string, string])[] = [
  ["Lake Ardenvale", "Chile"],
  ["Port Kessing", "Ireland"],
  ["North Halbrook", "Canada"],
  ["Marrowfield", "United Kingdom"],
  ["Santa Olvera", "Spain"],
  ["Ostrand", "Sweden"],
  ["Bergheim am See", "Germany"],
  ["New Carvel", "United States"],
];
const DOMAINS = ["example.com", "example.org", "example.net"];

/** A small seeded PRNG (mulberry32): the corpus is the same bytes on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

export function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

/** The address part an export would have: lower-case ASCII, accents dropped. */
export function mailbox(first: string, last: string): string {
  return `${first}.${last}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z.]/g, "");
}

export function company(random: Random): string {
  return `${pick(random, ADJECTIVE)} ${pick(random, NOUN)} ${pick(random, SUFFIX)}`;
}

export function person(random: Random, first?: string, last?: string): Person {
  const f = first ?? pick(random, FIRST);
  const l = last ?? pick(random, LAST);
  const [city, country] = pick(random, PLACES);
  const phone = `+1-555-${String(between(random, 100, 999))}-${String(between(random, 1000, 9999))}`;
  return {
    first: f,
    last: l,
    company: company(random),
    email: `${mailbox(f, l)}@${pick(random, DOMAINS)}`,
    phone,
    city,
    country,
  };
}

/** Calendar parts of a random day between two years, inclusive. */
export function day(random: Random, fromYear: number, toYear: number) {
  const year = between(random, fromYear, toYear);
  const month = between(random, 1, 12);
  const d = between(random, 1, month === 2 ? 28 : 30);
  return { year, month, day: d };
}

export const pad = (n: number) => String(n).padStart(2, "0");
