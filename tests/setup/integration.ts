import { beforeAll, inject } from "vitest";

// Set before any module opens the database (lib/db.ts reads these on first use).
process.env.APP_ENV = "test";
process.env.NOTIFY_BACKEND = "outbox";
const databaseUrl = inject("databaseUrl");
if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
}

beforeAll(async () => {
  const { getDatabaseHandle } = await import("@/lib/db");
  const { seedReference } = await import("@/seeds/reference");
  const handle = await getDatabaseHandle();
  await handle.migrate();
  await seedReference(handle.db);
  const { seedDirectoryTaxonomy } = await import("@/seeds/directory");
  await seedDirectoryTaxonomy(handle.db);
});
