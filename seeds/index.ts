import type { TDbOrTx } from "@/db/client";
import { upsertOrganisation, upsertUser } from "@/tests/factories/accounts";
import { demoAccounts, demoOrganisations } from "./demo/accounts";
import { seedDemoBooking } from "./demo/booking";
import { seedDemoConsultations, seedEngagementThemes } from "./engagement";
import { seedDirectoryDemo, seedDirectoryTaxonomy } from "./directory";
import { seedReference } from "./reference";

export async function seedDemo(db: TDbOrTx) {
  for (const o of demoOrganisations) await upsertOrganisation(db, o.slug, o.name);
  const listings = await seedDirectoryDemo(db);
  for (const spec of demoAccounts) await upsertUser(db, spec);
  const bookingSessions = await seedDemoBooking(db);
  await seedDemoConsultations(db);
  return { accounts: demoAccounts.length, organisations: demoOrganisations.length, listings, bookingSessions };
}

/** Reference data always; demo accounts and listings only outside production. */
export async function seedAll(db: TDbOrTx, { demo }: { demo: boolean }) {
  const reference = { ...(await seedReference(db)), taxonomyTerms: await seedDirectoryTaxonomy(db) };
  await seedEngagementThemes(db);
  const demoResult = demo ? await seedDemo(db) : null;
  return { reference, demo: demoResult };
}
