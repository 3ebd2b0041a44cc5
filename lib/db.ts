import "server-only";
import { openDatabase, type TDatabase, type TDatabaseHandle } from "@/db/client";

/**
 * One database per process. With DATABASE_URL it is PostgreSQL through `pg`; without it, PGlite in a local
 * folder. The connection opens on first use, never at import, so `next build` does not touch the database.
 * The handle lives on globalThis so that dev-server reloads reuse it: two PGlite instances on one folder
 * would corrupt it.
 */
const globalForDb = globalThis as unknown as { __portalDb?: Promise<TDatabaseHandle> };

export function getDatabaseHandle(): Promise<TDatabaseHandle> {
  globalForDb.__portalDb ??= openDatabase();
  return globalForDb.__portalDb;
}

export async function getDb(): Promise<TDatabase> {
  return (await getDatabaseHandle()).db;
}
