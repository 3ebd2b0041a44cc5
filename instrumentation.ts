/** Runs once when the server starts; the Node.js part is in instrumentation-node.ts (not bundled for the edge). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
