import { expect, test, type Page } from "@playwright/test";
import { expectAxeClean, expectReflowsAt320, readOutbox, signInStaff as signInOnce } from "./support";

/** Signs in and checks it worked; a code that crossed a 30-second boundary in transit is tried once more. */
async function signInStaff(page: Page, email: string) {
  await signInOnce(page, email);
  await page.goto("/en/staff");
  if (page.url().includes("/staff/sign-in")) await signInOnce(page, email);
  await page.goto("/en/staff");
  await expect(page.getByTestId("staff-welcome")).toBeVisible();
}

const POLISH_GROUP = "Healthy Weight Group in Polish (Zdrowa Waga)";

async function serviceIdFor(page: Page, query: string, name: string) {
  await page.goto(`/en/directory?q=${encodeURIComponent(query)}`);
  const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
  return href!.split("/").pop()!;
}

test.describe("service directory", () => {
  test("a resident finds a Polish-speaking weight group near NN16 open on Tuesday evenings, with JavaScript off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/directory");
    await page.getByLabel("Type of help").selectOption("weight");
    await page.getByLabel("Near a postcode").fill("nn16 8xy");
    await page.getByLabel("Open on").selectOption("TU");
    await page.getByLabel("Time of day").selectOption("evening");
    await page.getByLabel("Language spoken").selectOption("pl");
    await page.getByRole("button", { name: "Search" }).click();
    // A GET form: the results have their own shareable address.
    await expect(page).toHaveURL(/need=weight.*postcode=nn16\+8xy.*day=TU.*time=evening.*language=pl/);
    await expect(page.getByTestId("result-count")).toHaveText("1 service found");
    await expect(page.getByText("Nearest first, from NN16 8XY (Kettering)")).toBeVisible();
    await page.getByRole("link", { name: POLISH_GROUP }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(POLISH_GROUP);
    await expect(page.getByTestId("service-times")).toContainText("Tuesday, 18:30 to 20:00");
    await expect(page.getByText("Polish", { exact: false }).first()).toBeVisible();
    await expect(page.getByTestId("last-checked")).toContainText("Listing last checked by the organisation on");

    // The same listing in Polish shows the organisation's Polish text.
    await page.goto(page.url().replace("/en/", "/pl/"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zdrowa Waga – grupa zdrowej wagi po polsku");
    await context.close();
  });

  test("an unknown postcode, odd characters or very long text get a helpful message, never an error", async ({ page }) => {
    let response = await page.goto("/en/directory?postcode=SW1A+1AA");
    expect(response?.status()).toBe(200);
    await expect(page.locator("#error-summary")).toContainText("We could not find that postcode in Northamptonshire");
    response = await page.goto(`/en/directory?q=${encodeURIComponent("!!! ***")}`);
    await expect(page.locator("#error-summary")).toContainText("no letters or numbers");
    response = await page.goto(`/en/directory?q=${"x".repeat(3000)}&age=abc`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("#error-summary")).toContainText("200 characters or fewer");
    response = await page.goto("/en/directory/services/not-a-real-id");
    expect(response?.status()).toBe(404);
  });

  for (const locale of ["en", "ur"]) {
    test(`directory pages are axe-clean and reflow at 320px in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/directory?need=weight&postcode=NN16&radius=10`);
      await expectAxeClean(page);
      await expectReflowsAt320(page);
      await page.goto(`/${locale}/directory?postcode=ZZ9`);
      await expectAxeClean(page);
      await page.goto(`/${locale}/directory?page=2`);
      await expectAxeClean(page);
      await page.getByTestId("directory-results").getByRole("link").first().click();
      await expectAxeClean(page);
      await expectReflowsAt320(page);
    });
  }

  test("the open ORUK API answers any origin", async ({ request }) => {
    const response = await request.get("/api/oruk/services?per_page=3");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(await response.json()).toMatchObject({ page_number: 1, size: 3, first_page: true });
  });
});

test.describe("partner portal", () => {
  test("a partner changes a listing's times, the moderator approves the diff, and the public page shows the new times", async ({ browser }) => {
    const partnerContext = await browser.newContext({ javaScriptEnabled: false });
    const partner = await partnerContext.newPage();
    const serviceId = await serviceIdFor(partner, "Kettering Health Walks", "Kettering Health Walks");
    await signInStaff(partner, "partner2@example.org");
    await partner.goto("/en/partner");
    await partner.getByRole("link", { name: /Kettering Health Walks/ }).click();
    await expect(partner).toHaveURL(new RegExp(`/en/partner/services/${serviceId}$`));
    await partner.locator("#opens_1").fill("18:30");
    await partner.locator("#closes_1").fill("19:45");
    await partner.getByRole("button", { name: "Send for approval" }).click();
    await expect(partner.getByText("Your changes have been sent for approval")).toBeVisible();

    // Not public until approved.
    await partner.goto(`/en/directory/services/${serviceId}`);
    await expect(partner.getByTestId("service-times")).toContainText("Thursday, 18:00 to 19:00");

    const adminContext = await browser.newContext({ javaScriptEnabled: false });
    const admin = await adminContext.newPage();
    await signInStaff(admin, "admin@example.org");
    await admin.goto("/en/partner/moderation");
    await admin.getByTestId("moderation-queue").getByRole("link", { name: /Kettering Health Walks/ }).click();
    const diff = admin.getByTestId("diff");
    await expect(diff.getByRole("row")).toHaveCount(2);
    await expect(diff).toContainText("Opening times");
    await expect(diff).toContainText("MO 10:00-11:00, TH 18:00-19:00");
    await expect(diff).toContainText("MO 10:00-11:00, TH 18:30-19:45");
    await admin.getByRole("button", { name: "Approve and publish" }).click();
    await expect(admin.getByRole("status")).toContainText("The change is published");

    await partner.goto(`/en/directory/services/${serviceId}`);
    await expect(partner.getByTestId("service-times")).toContainText("Thursday, 18:30 to 19:45");
    await expect.poll(async () => (await readOutbox(partner.request, "partner2@example.org")).some((m) => m.template === "listingApproved")).toBe(true);
    await partnerContext.close();
    await adminContext.close();
  });

  test("a partner of another organisation gets 404 on the listing's edit page and on a direct POST", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const victimId = await serviceIdFor(page, "Kettering Health Walks", "Kettering Health Walks");
    await signInStaff(page, "partner@example.org");
    const response = await page.goto(`/en/partner/services/${victimId}`);
    expect(response?.status()).toBe(404);

    // Replay the partner's own edit form with the other organisation's listing id.
    await page.goto("/en/partner");
    await page.getByRole("link", { name: /Corby Wellbeing Café/ }).click();
    await expect(page).toHaveURL(/\/en\/partner\/services\/[0-9a-f-]+$/);
    const form = page.locator("form", { has: page.getByRole("button", { name: "Send for approval" }) });
    await expect(form).toBeVisible();
    const fields: Record<string, string> = {};
    for (const input of await form.locator("input, textarea, select").all()) {
      const name = await input.getAttribute("name");
      if (name) fields[name] = (await input.inputValue().catch(() => null)) ?? (await input.getAttribute("value")) ?? "";
    }
    expect(Object.keys(fields).some((k) => k.startsWith("$ACTION_ID"))).toBe(true);
    expect(fields.serviceId).not.toBe(victimId);
    fields.serviceId = victimId;
    fields.description_en = "Taken over";
    fields.day_0 = "MO";
    fields.opens_0 = "01:00";
    fields.closes_0 = "02:00";
    const post = await page.request.post(page.url(), { multipart: fields, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect(post.status(), `${post.status()} ${post.headers()["location"] ?? ""} ${(await post.text()).slice(0, 300)} ${Object.keys(fields).join(",")}`).toBe(404);
    await page.goto(`/en/directory/services/${victimId}`);
    await expect(page.getByTestId("service-times")).not.toContainText("01:00");
    await context.close();
  });

  for (const locale of ["en", "ur"]) {
    test(`partner and moderation pages are axe-clean in ${locale}`, async ({ browser }) => {
      const partnerContext = await browser.newContext();
      const partner = await partnerContext.newPage();
      await signInStaff(partner, "partner2@example.org");
      await partner.goto(`/${locale}/partner`);
      await expectAxeClean(partner);
      await expectReflowsAt320(partner);
      await partner.getByTestId("partner-listings").getByRole("link").first().click();
      await expect(partner.locator("#name_en")).toBeVisible();
      await expectAxeClean(partner);
      await expectReflowsAt320(partner);
      await partnerContext.close();

      const adminContext = await browser.newContext();
      const admin = await adminContext.newPage();
      await signInStaff(admin, "admin@example.org");
      await admin.goto(`/${locale}/partner/moderation`);
      await expectAxeClean(admin);
      await adminContext.close();
    });
  }
});
