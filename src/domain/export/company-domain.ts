// A company's web domain guessed from its people's e-mail addresses, the way HubSpot itself
// associates contacts with companies; HubSpot deduplicates companies by that domain. Addresses at
// free mail providers say nothing about the company, so they never give a domain.

const FREE_MAIL = new Set([
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "hotmail.com",
  "outlook.com",
  "live.com",
  "msn.com",
  "aol.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "gmx.com",
  "gmx.net",
  "gmx.de",
  "web.de",
  "mail.com",
  "proton.me",
  "protonmail.com",
  "yandex.com",
  "yandex.ru",
  "zoho.com",
]);

/** The e-mail's domain, lower-cased; undefined for a free mail provider or no valid address. */
export function emailDomain(email: string | undefined): string | undefined {
  const match = /@([a-z0-9-]+(\.[a-z0-9-]+)+)$/i.exec((email ?? "").trim());
  const domain = match?.[1].toLowerCase();
  return domain && !FREE_MAIL.has(domain) && !/^yahoo\./.test(domain) ? domain : undefined;
}

/** The most common company domain among the addresses (first seen wins a tie). */
export function companyDomain(emails: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const email of emails) {
    const domain = emailDomain(email);
    if (domain) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [domain, n] of counts) if (best === undefined || n > counts.get(best)!) best = domain;
  return best;
}
