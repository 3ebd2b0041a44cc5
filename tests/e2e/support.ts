import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { totpCode } from "@/lib/auth/totp";
import { demoAccounts, DEMO_STAFF_PASSWORD } from "@/seeds/demo/accounts";

/** Fails the test on any WCAG 2.2 A or AA violation on the page as it is now. (axe needs JavaScript in the page.) */
export async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** No horizontal scrolling at 320 CSS pixels (WCAG 1.4.10 reflow). */
export async function expectReflowsAt320(page: Page) {
  const original = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scroll at 320px on ${page.url()}`).toBeLessThanOrEqual(0);
  if (original) await page.setViewportSize(original);
}

export type TOutboxMessage = { recipient: string; template: string; locale: string; subject: string | null; body: string; createdAt: string };

export async function readOutbox(request: APIRequestContext, to: string): Promise<TOutboxMessage[]> {
  const response = await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { messages: TOutboxMessage[] }).messages;
}

export async function latestSignInLink(request: APIRequestContext, to: string): Promise<{ url: string; message: TOutboxMessage }> {
  let message: TOutboxMessage | undefined;
  await expect.poll(async () => (message = (await readOutbox(request, to)).find((m) => m.template === "signInLink"))).toBeTruthy();
  const url = /https?:\/\/\S+/.exec(message!.body)?.[0];
  expect(url).toBeTruthy();
  return { url: url!, message: message! };
}

export async function signInResident(page: Page, email: string, locale = "en") {
  await page.goto(`/${locale}/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("form[action='/api/auth/signin/email'] button").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in/check-email`));
  const { url } = await latestSignInLink(page.request, email);
  await page.goto(url);
}

/**
 * Each TOTP code works once (replay protection), and the server accepts the current step and one either side.
 * This picks a step not yet used by this test run for the account, waiting for the clock when it must.
 */
const lastStep = new Map<string, number>();
export async function nextTotpCode(email: string): Promise<string> {
  const secret = demoAccounts.find((a) => a.email === email)?.totpSecret;
  if (!secret) throw new Error(`${email} is not a demo staff account`);
  for (;;) {
    const current = Math.floor(Date.now() / 30_000);
    // Start from the current step, not the one before: a code for the previous step stops working when the
    // server's clock crosses the next 30-second boundary, which a slow (bcrypt, busy machine) sign-in can do.
    const step = Math.max(current, (lastStep.get(email) ?? -Infinity) + 1);
    if (step <= current + 1) {
      lastStep.set(email, step);
      return totpCode(secret, step * 30_000 + 1000);
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

export async function signInStaff(page: Page, email: string, locale = "en", password = DEMO_STAFF_PASSWORD) {
  await page.goto(`/${locale}/staff/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("#code").fill(await nextTotpCode(email));
  await page.locator("form[action='/api/auth/callback/staff'] button").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/api/") && (!url.pathname.endsWith("/staff/sign-in") || url.search.includes("error=")));
}
