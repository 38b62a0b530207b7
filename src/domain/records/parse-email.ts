// E-mail cells: a shape check only (something@domain.tld, no spaces), with a "mailto:" prefix
// removed. The address is kept as typed; compare addresses with normalizeEmail.

import type { CellValue } from "../values";
import { type CellParse, failed, parsed } from "./parse-options";
import { cellText } from "./parse-text";

const EMAIL_SHAPE = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export function parseEmail(value: CellValue): CellParse<string> {
  const text = cellText(value)?.replace(/^mailto:/i, "");
  if (text === undefined) return parsed(undefined);
  return isEmailShaped(text) ? parsed(text) : failed("is not an e-mail address");
}

export function isEmailShaped(text: string): boolean {
  return EMAIL_SHAPE.test(text);
}

/** The key under which two addresses are the same person: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email
    .trim()
    .replace(/^mailto:/i, "")
    .toLowerCase();
}
