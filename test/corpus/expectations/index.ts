// The corpus table: every file, how it is mapped, and what the user gets (see README.md).
import { CONTACT_EXPECTATIONS } from "./contacts";
import { DEAL_EXPECTATIONS } from "./deals";

export type { CorpusExpectation, IssueKind } from "./types";
export const CORPUS: readonly import("./types").CorpusExpectation[] = [
  ...CONTACT_EXPECTATIONS,
  ...DEAL_EXPECTATIONS,
];
