import { expect, test } from "@playwright/test";

test("pages carry a nonce-based CSP, HSTS and no framing", async ({ request }) => {
  const first = await request.get("/en");
  const second = await request.get("/en");
  const csp = first.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-inline");
  // A fresh nonce on every response.
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()["strict-transport-security"]).toContain("max-age=");
  expect(first.headers()["x-frame-options"]).toBe("DENY");
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["x-powered-by"]).toBeUndefined();
});

test("every script tag on a page carries the nonce", async ({ page }) => {
  const response = await page.goto("/en");
  const nonce = /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
});
