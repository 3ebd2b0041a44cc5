import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * Integration tests run against a real database, never mocks.
 * - With TEST_DATABASE_URL (a PostgreSQL server), a fresh database is created for this run and dropped after.
 * - Without it, each test worker uses an in-memory PGlite with the same migrations.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    project.provide("databaseUrl", "");
    console.log("[integration] database: PGlite (in memory)");
    return () => undefined;
  }
  const name = `portal_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  project.provide("databaseUrl", url.toString());
  console.log(`[integration] database: PostgreSQL (${name})`);
  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  };
}
