import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import * as schema from "./schema";

export type TSchema = typeof schema;
export type TDatabase = PgDatabase<PgQueryResultHKT, TSchema>;
export type TTransaction = Parameters<Parameters<TDatabase["transaction"]>[0]>[0];
/** A database or an open transaction: services accept either, so callers can compose them in one transaction. */
export type TDbOrTx = TDatabase | TTransaction;

export type TDatabaseHandle = {
  db: TDatabase;
  kind: "pglite" | "postgres";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

export type TOpenOptions = { databaseUrl?: string; pgliteDir?: string; poolSize?: number };

export async function openDatabase(options: TOpenOptions = {}): Promise<TDatabaseHandle> {
  const databaseUrl = options.databaseUrl ?? (process.env.DATABASE_URL || undefined);
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // A dropped connection (e.g. a database restart) must not crash the process; the pool reconnects.
    pool.on("error", () => undefined);
    const db = drizzlePg(pool, { schema }) as unknown as TDatabase;
    return {
      db,
      kind: "postgres",
      migrate: async () => {
        // Several app instances may start at once: an advisory lock makes them migrate one at a time.
        const client = await pool.connect();
        try {
          await client.query("select pg_advisory_lock(727274)");
          await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS });
        } finally {
          await client.query("select pg_advisory_unlock(727274)").catch(() => undefined);
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const dir = options.pgliteDir ?? process.env.PGLITE_DIR ?? ".data/pglite";
  if (!dir.startsWith("memory://")) mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  const client = await PGlite.create(dir);
  const db = drizzlePglite(client, { schema }) as unknown as TDatabase;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS }),
    close: () => client.close(),
  };
}
