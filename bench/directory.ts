/**
 * Directory search at scale (TARGETS.md: p95 ≤ 50 ms at 10,000 services, against a primary-key lookup).
 * Runs on an in-memory PGlite by default, or on PostgreSQL with BENCH_DATABASE_URL. Seeds reference data and
 * 10,000 services first, then times each kind of search.
 *
 *   npx tsx --conditions=react-server bench/directory.ts            (PGlite)
 *   BENCH_DATABASE_URL=postgres://... npx tsx --conditions=react-server bench/directory.ts
 */
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { directoryServices } from "@/db/schema";
import { parseDirectorySearch } from "@/lib/directory/schemas";
import { searchServices } from "@/lib/directory/search-services";
import { seedDirectoryTaxonomy } from "@/seeds/directory";
import { seedReference } from "@/seeds/reference";
import { seedBenchDirectory } from "./seed-directory";

const RUNS = Number(process.env.BENCH_RUNS ?? 200);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const handle = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, pgliteDir: "memory://" });
  const db = handle.db;
  await handle.migrate();
  await seedReference(db);
  await seedDirectoryTaxonomy(db);
  const t0 = performance.now();
  const count = await seedBenchDirectory(db, Number(process.env.BENCH_SERVICES ?? 10_000));
  console.log(`database: ${handle.kind}; seeded ${count} services in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${RUNS} runs each`);
  const [{ id }] = (await db.select({ id: directoryServices.id }).from(directoryServices).limit(1)) as [{ id: string }];

  const cases: [string, () => Promise<unknown>][] = [
    ["primary-key lookup (baseline)", () => db.select().from(directoryServices).where(eq(directoryServices.id, id))],
    ["keyword (\"walking support\")", () => searchServices(db, parseDirectorySearch({ q: "walking support" }).search)],
    ["postcode distance (NN16 8XY, 10 miles)", () => searchServices(db, parseDirectorySearch({ postcode: "NN16 8XY", radius: "10" }).search)],
    ["filtered (need, Polish, Tuesday evening, free, age 40)", () => searchServices(db, parseDirectorySearch({ need: "weight", language: "pl", day: "TU", time: "evening", free: "1", age: "40" }).search)],
    ["everything (keyword + postcode + filters)", () => searchServices(db, parseDirectorySearch({ q: "group", postcode: "NN1 3AB", radius: "5", language: "pl", free: "1" }).search)],
  ];
  console.log("| search | p50 ms | p95 ms |\n|---|---|---|");
  for (const [label, run] of cases) {
    for (let i = 0; i < 10; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await run();
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${label} | ${percentile(times, 50).toFixed(2)} | ${percentile(times, 95).toFixed(2)} |`);
  }
  await handle.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
