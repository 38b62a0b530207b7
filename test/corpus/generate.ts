// Writes the corpus files in test/corpus/files from the layouts in generator/. Deterministic:
// run `npx tsx test/corpus/generate.ts` and git shows no change unless a layout changed.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  customers100Uk,
  customersUs,
  hubspotContacts,
  leads100,
  pipedrivePersons,
  salesforceContacts,
  zohoLeads,
} from "./generator/contact-layouts";
import {
  hubspotDeals,
  pipedriveDeals,
  pipelineDe,
  salesforceOpportunities,
} from "./generator/deal-layouts";
import { toCsv } from "./generator/sheet";

const SHEETS = [
  customers100Uk(),
  leads100(),
  hubspotContacts(),
  hubspotDeals(),
  salesforceContacts(),
  salesforceOpportunities(),
  zohoLeads(),
  pipedrivePersons(),
  pipedriveDeals(),
  pipelineDe(),
  customersUs(),
];

const folder = join(__dirname, "files");
for (const sheet of SHEETS) {
  writeFileSync(join(folder, sheet.file), toCsv(sheet), "utf8");
  console.log(`${sheet.file}: ${sheet.rows.length} rows`);
}
