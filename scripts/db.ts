/**
 * The one database script: `tsx scripts/db.ts <migrate|seed|setup|reset>`.
 * - migrate: apply committed SQL migrations (db/migrations) to PGlite or to DATABASE_URL.
 * - seed: load reference data, and demo accounts outside production. Safe to run twice.
 * - setup: migrate, then seed.
 * - reset: delete the local PGlite folder (never touches DATABASE_URL), then setup.
 */
import { rmSync } from "node:fs";
import { openDatabase } from "@/db/client";
import { parseEnv } from "@/lib/env";
import { seedAll } from "@/seeds";

async function main() {
  const command = process.argv[2] ?? "setup";
  const env = parseEnv(process.env);
  if (command === "reset") {
    if (env.DATABASE_URL) throw new Error("reset only deletes the local PGlite folder; unset DATABASE_URL to use it.");
    rmSync(env.PGLITE_DIR, { recursive: true, force: true });
  }
  const handle = await openDatabase();
  const where = handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${env.PGLITE_DIR}`;
  try {
    if (["migrate", "setup", "reset"].includes(command)) {
      await handle.migrate();
      console.log(`Migrations applied to ${where}.`);
    }
    if (["seed", "setup", "reset"].includes(command)) {
      const demo = env.APP_ENV !== "production" || process.env.SEED_DEMO === "1";
      const result = await seedAll(handle.db, { demo });
      console.log(`Seeded ${where}: ${JSON.stringify(result)}`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
