/**
 * Benchmark data: generates N directory services (default 10,000) with locations, schedules, languages,
 * areas and taxonomy terms, in batches. Safe to run twice (slugs "bench-<n>" are upserted). Uses the same
 * database as the app (DATABASE_URL, else PGlite at PGLITE_DIR).
 *
 *   npx tsx bench/seed-directory.ts [count]
 */
import { sql } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import { directoryLocations, directoryServices, laps, organisations, postcodeAreas, schedules, serviceAreas, serviceAtLocations, serviceLanguages, serviceTaxonomy, taxonomyTerms } from "@/db/schema";
import { buildSearchDocument } from "@/lib/directory/search-document";

const WORDS = ["walking", "café", "support", "advice", "debt", "housing", "weight", "cooking", "peer", "carers", "art", "gardening", "football", "yoga", "mindfulness", "jobs", "English", "computer", "dementia", "heart", "breathing", "smoking", "alcohol", "recovery", "youth", "women", "men", "older", "LGBTQ+", "Polish", "Somali", "Urdu"];
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const LANGS = ["en", "pl", "ro", "lt", "ru", "pt", "so", "ur", "pa"];

/** A small deterministic generator, so two runs produce the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export async function seedBenchDirectory(db: TDbOrTx, count = 10_000) {
  const [org] = await db.insert(organisations).values({ slug: "bench-organisation", name: "Benchmark Community Trust" }).onConflictDoUpdate({ target: organisations.slug, set: { name: "Benchmark Community Trust" } }).returning({ id: organisations.id });
  const areas = await db.select({ code: postcodeAreas.code, lat: postcodeAreas.lat, lng: postcodeAreas.lng, lapId: postcodeAreas.lapId, town: postcodeAreas.town }).from(postcodeAreas).where(sql`${postcodeAreas.kind} = 'sector'`);
  const terms = await db.select({ id: taxonomyTerms.id, name: taxonomyTerms.name }).from(taxonomyTerms);
  const lapIds = (await db.select({ id: laps.id }).from(laps)).map((l) => l.id);
  const rand = rng(42);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const BATCH = 250;
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const specs = Array.from({ length: n }, (_, i) => {
      const k = start + i;
      const area = pick(areas);
      const words = [pick(WORDS), pick(WORDS), pick(WORDS)];
      const term = pick(terms);
      const name = { en: `${area.town} ${words[0]} ${words[1]} group ${k}` };
      const description = { en: `A ${words.join(", ")} group in ${area.town}. Everyone welcome.` };
      return { k, area, term, name, description, lang: pick(LANGS), day: pick(DAYS), hour: 8 + Math.floor(rand() * 12), min: rand() < 0.3 ? 18 : null, free: rand() < 0.8 };
    });
    const serviceRows = await db
      .insert(directoryServices)
      .values(
        specs.map((s) => ({
          slug: `bench-${s.k}`,
          organisationId: org!.id,
          name: s.name,
          description: s.description,
          isFree: s.free,
          minimumAge: s.min,
          searchDocument: buildSearchDocument({ texts: [s.name, s.description, s.term.name], plain: ["Benchmark Community Trust", s.area.town, s.area.code] }),
        })),
      )
      .onConflictDoUpdate({ target: directoryServices.slug, set: { name: sql`excluded.name`, description: sql`excluded.description`, searchDocument: sql`excluded.search_document` } })
      .returning({ id: directoryServices.id, slug: directoryServices.slug });
    const idOf = new Map(serviceRows.map((r) => [r.slug, r.id]));
    const locRows = await db
      .insert(directoryLocations)
      .values(specs.map((s) => ({ slug: `bench-loc-${s.k}`, organisationId: org!.id, name: `${s.area.town} venue ${s.k}`, address1: `${s.k} High Street`, city: s.area.town, postcode: `${s.area.code}ZZ`, latitude: s.area.lat + (rand() - 0.5) * 0.01, longitude: s.area.lng + (rand() - 0.5) * 0.01, lapId: s.area.lapId })))
      .onConflictDoUpdate({ target: directoryLocations.slug, set: { city: sql`excluded.city` } })
      .returning({ id: directoryLocations.id, slug: directoryLocations.slug });
    const locOf = new Map(locRows.map((r) => [r.slug, r.id]));
    const ids = [...idOf.values()];
    await db.delete(serviceAtLocations).where(sql`${serviceAtLocations.serviceId} in ${ids}`);
    const sals = await db
      .insert(serviceAtLocations)
      .values(specs.map((s) => ({ serviceId: idOf.get(`bench-${s.k}`)!, locationId: locOf.get(`bench-loc-${s.k}`)! })))
      .returning({ id: serviceAtLocations.id, serviceId: serviceAtLocations.serviceId });
    const salOf = new Map(sals.map((r) => [r.serviceId, r.id]));
    for (const table of [schedules, serviceLanguages, serviceTaxonomy, serviceAreas]) await db.delete(table).where(sql`${table.serviceId} in ${ids}`);
    await db.insert(schedules).values(specs.map((s) => { const id = idOf.get(`bench-${s.k}`)!; return { serviceId: id, serviceAtLocationId: salOf.get(id)!, byday: s.day, opensAt: `${String(s.hour).padStart(2, "0")}:00`, closesAt: `${String(s.hour + 2).padStart(2, "0")}:00` }; }));
    await db.insert(serviceLanguages).values(specs.flatMap((s) => [...new Set(["en", s.lang])].map((code) => ({ serviceId: idOf.get(`bench-${s.k}`)!, code }))));
    await db.insert(serviceTaxonomy).values(specs.map((s) => ({ serviceId: idOf.get(`bench-${s.k}`)!, termId: s.term.id })));
    await db.insert(serviceAreas).values(specs.map((s) => ({ serviceId: idOf.get(`bench-${s.k}`)!, lapId: s.area.lapId ?? pick(lapIds) })));
  }
  return count;
}
