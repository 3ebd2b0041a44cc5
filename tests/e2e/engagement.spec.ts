import { expect, test, type Page } from "@playwright/test";
import { expectAxeClean, expectReflowsAt320, readOutbox, signInStaff } from "./support";

const OFFICER = "engagement@example.org";

/**
 * The engagement journey, in order: one consultation is created, answered, moderated, themed, reported on and
 * responded to. Steps share the consultation, so they run serially.
 */
test.describe.configure({ mode: "serial" });

// Letters, not digits: a long number in an idea would (rightly) be held as a possible phone number.
const stamp = Date.now().toString(36);
const title = `Parks and buses in Corby ${stamp}`;
const romanianIdea = `Mai multe autobuze de la Corby la medic și bănci în parc ${stamp}`;
const participant = `ro.participant.${stamp}@example.org`;
let manageUrl = "";
let publicPath = "";

async function officerPage(page: Page) {
  await signInStaff(page, OFFICER);
  await expect(page).not.toHaveURL(/sign-in/);
}

test("an engagement officer creates and opens a consultation", async ({ page }) => {
  await officerPage(page);
  await page.goto("/en/engagement");
  await expectAxeClean(page);
  await page.getByRole("link", { name: "Create a consultation" }).click();
  await expectAxeClean(page);
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Summary in English").fill("Tell us how to make Corby healthier.");
  await page.getByLabel("Background in English").fill("The Corby partnership will use your ideas.");
  await page.getByLabel("Big Idea question in English").fill("What is your idea for Corby?");
  await page.getByLabel("N01 Corby").check();
  await page.getByRole("button", { name: "Create as draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Open for answers" }).click();
  await expect(page.getByText("The consultation is open.")).toBeVisible();
  manageUrl = new URL(page.url()).pathname;
  publicPath = new URL(await page.getByRole("link", { name: "View the public page" }).evaluate((a) => (a as HTMLAnchorElement).href)).pathname.replace(/^\/en/, "");
  await page.goto(`/en/consultations`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("an anonymous resident takes part in Romanian from an NN17 postcode with JavaScript off; a phone number is held", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/ro${publicPath}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await page.getByLabel("What is your idea for Corby?").fill(romanianIdea);
  await page.locator("#postcode").fill("nn17 1ab");
  await page.locator("#email").fill(participant);
  await page.locator("form button[type=submit]").filter({ hasText: "Trimite" }).click();
  await expect(page).toHaveURL(/\/thanks$/);
  await expect(page.getByTestId("thanks-outcome")).toHaveText("Ideea ta este publicată pe pagina consultării.");
  await page.goto(`/ro${publicPath}`);
  await expect(page.getByText(romanianIdea)).toBeVisible();

  // The same idea again is refused as a duplicate, with the error linked to the field.
  await page.getByLabel("What is your idea for Corby?").fill(romanianIdea.toUpperCase());
  await page.locator("form button[type=submit]").filter({ hasText: "Trimite" }).click();
  await expect(page.locator("[role=alert] a[href^='#q_']")).toBeVisible();

  // An idea with a phone number is held, not published.
  await page.getByLabel("What is your idea for Corby?").fill(`Sunați-mă la 07700 900123 pentru clubul de tineret ${stamp}`);
  await page.locator("#postcode").fill("NN17 2AA");
  await page.locator("form button[type=submit]").filter({ hasText: "Trimite" }).click();
  await expect(page).toHaveURL(/\/thanks\?held=1(#.*)?$/);
  await page.goto(`/ro${publicPath}`);
  await expect(page.getByText("07700 900123")).toHaveCount(0);

  // Supporting a published idea works once per device.
  await page.getByRole("button", { name: "Susține această idee" }).first().click();
  await expect(page.getByText("Susții această idee").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Susține această idee" })).toHaveCount(0);
  await context.close();
});

test("the officer sees the held idea, themes the first idea, and the Corby LAP report shows it with suppression", async ({ page }) => {
  await officerPage(page);
  await page.goto("/en/engagement/moderation");
  await expect(page.getByTestId("held-idea").filter({ hasText: "07700 900123" })).toContainText("a phone number");
  await expectAxeClean(page);

  await page.goto(manageUrl);
  const first = page.locator("li[id^=idea-]").first();
  await expect(first).toContainText(romanianIdea);
  // The keyword suggestion (Romanian "autobuze", "medic") is pre-ticked and labelled; the officer confirms it.
  const suggested = first.getByLabel("Ensure care is accessible to all (suggested)");
  await expect(suggested).toBeChecked();
  await first.getByLabel("Social connection").check();
  await first.getByRole("button", { name: /Save themes/ }).click();
  await expect(page.getByText("Themes saved.")).toBeVisible();
  await expectAxeClean(page);

  await page.goto("/en/reports/laps/N01");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Corby");
  // Two responses from Corby in this run at most a handful overall: shown as "<5", never the number.
  await expect(page.getByTestId("report-responses")).toHaveText("Responses from this area: <5");
  await expect(page.getByTestId("theme-accessible-care")).toContainText(romanianIdea);
  await expect(page.locator("svg[role=img]").first()).toBeVisible();
  const ageTable = page.locator("table").first();
  await expect(ageTable).toContainText("<5");
  const cells = await page.locator("table td").allTextContents();
  expect(cells.filter((c) => /^[1-4]$/.test(c.trim()))).toEqual([]);
  await expectAxeClean(page);
  await expectReflowsAt320(page);

  const csv = await page.request.get("/api/reports/laps/N01/csv");
  expect(csv.ok()).toBe(true);
  const text = await csv.text();
  expect(text).toContain("responses,,,<5");
  expect(text).not.toMatch(/,[1-4]\r\n/);
});

test("the officer publishes you said, we did and the participant is told in Romanian", async ({ page }) => {
  await officerPage(page);
  await page.goto(manageUrl);
  await page.getByLabel("You said, in English").fill("More buses to the doctor and benches in the park.");
  await page.getByLabel("We did, in English").fill("The council added a Sunday bus and six benches.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("\"You said, we did\" is published and participants have been told.")).toBeVisible();
  await expect.poll(async () => (await readOutbox(page.request, participant)).map((m) => `${m.template}:${m.locale}`)).toContain("youSaidWeDid:ro");

  await page.goto(`/en${publicPath}`);
  await expect(page.getByText("The council added a Sunday bus and six benches.")).toBeVisible();
  const openData = await page.request.get(`/api/consultations/${publicPath.split("/").pop()}/open-data?format=json`);
  const body = (await openData.json()) as { ideas: { text: string; themes: string[] }[] };
  expect(body.ideas.map((i) => i.text)).toEqual([romanianIdea]);
  expect(body.ideas[0]!.themes).toContain("accessible-care");
});

for (const locale of ["en", "ur"]) {
  test(`consultation pages are axe-clean and reflow in ${locale}`, async ({ page }) => {
    for (const path of ["/consultations", "/consultations/big-ideas-north-northamptonshire"]) {
      await page.goto(`/${locale}${path}`);
      await expectAxeClean(page);
      await expectReflowsAt320(page);
    }
  });
}

test("residents cannot reach the console or the reports", async ({ page }) => {
  const response = await page.request.get("/api/reports/laps/N01/csv");
  expect(response.status()).toBe(401);
  await page.goto("/en/engagement");
  await expect(page).toHaveURL(/staff\/sign-in/);
});
