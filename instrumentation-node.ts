import { parseEnv } from "./lib/env";

// Environment variables are checked at start, so a misconfigured server stops with a clear message instead of
// failing on a resident's request.
try {
  parseEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
