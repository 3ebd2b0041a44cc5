/**
 * Runs once when the server starts. Environment variables are checked here so that a misconfigured server stops
 * at start with a clear message instead of failing on a resident's request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv } = await import("./lib/env");
  try {
    parseEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
