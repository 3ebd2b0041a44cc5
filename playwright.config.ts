import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

/**
 * End-to-end tests drive Debian's Chromium (no browser download). The app is the production build
 * (`next build` runs first, in scripts/test.sh) on a fresh PGlite database with the demo seed.
 * One worker: the journeys share one database and one server, as a real deployment would.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: `npx tsx scripts/db.ts reset && npx next start -p ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      APP_ENV: "test",
      NEXT_TELEMETRY_DISABLED: "1",
      PGLITE_DIR: ".data/e2e",
      DATABASE_URL: "",
      NEXTAUTH_URL: baseURL,
      NOTIFY_BACKEND: "outbox",
      LOG_LEVEL: "warn",
    },
  },
});
