/**
 * Booking under concurrent load: throughput and p95 latency of createBooking, on one 10-place slot (everyone
 * racing for the same row) and across many slots, on PostgreSQL when DATABASE_URL is set, else on PGlite in
 * memory (one connection, so figures there show the serialised path).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx --conditions=react-server bench/booking.ts
 *   npx tsx --conditions=react-server bench/booking.ts
 *
 * On PostgreSQL it creates a throw-away database next to the one named, and drops it afterwards.
 *
 * Target (../shared/TARGETS.md): 50 concurrent bookings on a 10-place session: exactly 10 confirmed,
 * 0 errors, p95 ≤ 300 ms.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openDatabase } from "@/db/client";
import { createBooking } from "@/lib/booking/create-booking";
import { seedReference } from "@/seeds/reference";
import { upsertSession } from "@/tests/factories/booking";

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

async function main() {
  const adminUrl = process.env.DATABASE_URL || undefined;
  let databaseUrl: string | undefined;
  const name = `bench_booking_${Date.now()}`;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const handle = await openDatabase({ databaseUrl, pgliteDir: "memory://", poolSize: 20 });
  await handle.migrate();
  await seedReference(handle.db);
  const db = handle.db;
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const run = randomUUID().slice(0, 8);

  async function burst(label: string, sessionIds: string[], requests: number) {
    const latencies: number[] = [];
    const outcomes = new Map<string, number>();
    let errors = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: requests }, async (_, i) => {
        const start = performance.now();
        try {
          const result = await createBooking(db, {
            sessionId: sessionIds[i % sessionIds.length]!,
            idempotencyKey: `bench-${run}-${label}-${i}`,
            name: `Bench ${i}`,
            email: `bench-${run}-${label}-${i}@example.org`,
            locale: "en",
          });
          outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - start);
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `${label.padEnd(34)} ${String(requests).padStart(5)} requests  ${(requests / seconds).toFixed(0).padStart(6)} req/s  p95 ${p95(latencies).toFixed(0).padStart(5)} ms  ` +
        `${[...outcomes.entries()].map(([k, v]) => `${k} ${v}`).join(", ")}  errors ${errors}`,
    );
  }

  // Warm up: open the pool's connections and let the query plans settle, so the figures measure booking, not start-up.
  const warm = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt, capacity: 40 });
  await Promise.all(Array.from({ length: 40 }, (_, i) => createBooking(db, { sessionId: warm.id, idempotencyKey: `warm-${run}-${i}`, name: "Warm", email: `warm-${run}-${i}@example.org`, locale: "en" })));
  console.log(`database: ${handle.kind}${handle.kind === "postgres" ? " (pool of 20)" : " (in memory, one connection)"}`);
  const one = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt, capacity: 10 });
  await burst("one slot, 10 places, 50 at once", [one.id], 50);
  const hot = await upsertSession(db, { serviceSlug: "stop-smoking", startsAt, capacity: 100 });
  await burst("one slot, 100 places, 500 at once", [hot.id], 500);
  const many = await Promise.all(Array.from({ length: 50 }, () => upsertSession(db, { serviceSlug: "weight-management", startsAt, capacity: 12 })));
  await burst("50 slots x 12 places, 500 at once", many.map((s) => s.id), 500);
  await handle.close();
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
