import { expect, test, type Page } from "@playwright/test";
import { expectAxeClean, expectReflowsAt320, readOutbox, signInStaff } from "./support";

const submit = (page: Page) => page.locator("#main-content form button[type=submit]").last().click();
const linkIn = (body: string, path: string) => {
  const url = new RegExp(`https?://\\S*${path}\\S*`).exec(body)?.[0];
  expect(url, `a ${path} link in the message`).toBeTruthy();
  return new URL(url!).pathname + new URL(url!).search;
};

/** Stop smoking, in person at a venue: from the start page to "check your answers". */
async function bookStopSmoking(page: Page, locale: string, venue: string, person: { name: string; email?: string; mobile?: string }, timeIndex = 0) {
  await page.goto(`/${locale}/book`);
  await page.locator("#main-content a[href$='/book/stop-smoking/eligibility']").click();
  await page.locator("#smokes").check();
  await page.locator("#pregnant-1").check();
  await submit(page);
  await page.locator("#main-content a[href$='/book/stop-smoking/attend']").click();
  await page.locator("#main-content a[href$='/book/stop-smoking/place']").click();
  await page.locator("#main-content a", { hasText: venue }).click();
  await page.locator(`input[name=session]`).nth(timeIndex).check();
  await submit(page);
  await page.locator("#name").fill(person.name);
  if (person.email) await page.locator("#email").fill(person.email);
  if (person.mobile) await page.locator("#mobile").fill(person.mobile);
  await submit(page);
  await expect(page).toHaveURL(/\/book\/check\?session=/);
}

test.describe("booking support without JavaScript", () => {
  test("book, move, then cancel in Polish, with every message in Polish", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = `e2e.book.${Date.now()}@example.org`;
    await bookStopSmoking(page, "pl", "Kettering Library", { name: "Anna Kowalska", email, mobile: "07700 900123" });
    await submit(page);
    await expect(page.locator("h1")).toHaveText("Rezerwacja potwierdzona");

    let messages = await readOutbox(page.request, email);
    const confirmation = messages.find((m) => m.template === "bookingConfirmed");
    expect(confirmation).toMatchObject({ locale: "pl" });
    expect(confirmation!.subject).toContain("Rezerwacja potwierdzona: Rzucanie palenia");
    expect(confirmation!.body).toContain("Kettering Library");
    const sms = (await readOutbox(page.request, "+447700900123")).find((m) => m.template === "bookingConfirmed");
    expect(sms?.body).toMatch(/^Rezerwacja: Rzucanie palenia/);

    // The calendar file from the confirmation.
    const ics = await page.request.get(linkIn(confirmation!.body, "/api/booking/"));
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(await ics.text()).toContain("LOCATION:Kettering Library");

    // Move, through the signed link in the email (no sign-in).
    await page.goto(linkIn(confirmation!.body, "/pl/book/manage/"));
    await expect(page.getByTestId("booking-status")).toHaveText("Potwierdzona");
    await page.locator("input[name=session]").first().check();
    await page.locator("form", { has: page.locator("input[name=session]") }).locator("button").click();
    await expect(page.locator("#main-content")).toContainText("Twoja rezerwacja została przeniesiona");
    messages = await readOutbox(page.request, email);
    const moved = messages.find((m) => m.template === "bookingMoved");
    expect(moved).toMatchObject({ locale: "pl" });

    // Cancel, through the link in the "moved" email.
    await page.goto(linkIn(moved!.body, "/pl/book/manage/"));
    await page.locator("button.nwp-button", { hasText: "Anuluj tę rezerwację" }).click();
    await expect(page.getByTestId("booking-status")).toHaveText("Anulowana");
    messages = await readOutbox(page.request, email);
    expect(messages.find((m) => m.template === "bookingCancelled")).toMatchObject({ locale: "pl", subject: expect.stringContaining("Rezerwacja anulowana") });
    await context.close();
  });

  test("a manage link with a wrong token shows nothing of the booking", async ({ page }) => {
    await page.goto("/en/book/manage/00000000-0000-0000-0000-000000000000?token=guess");
    await expect(page.locator("#main-content")).toContainText("This link does not work");
  });

  test("after a cancellation, the first person on the waiting list is offered the place", async ({ browser }) => {
    const first = await browser.newContext({ javaScriptEnabled: false });
    const second = await browser.newContext({ javaScriptEnabled: false });
    const a = await first.newPage();
    const b = await second.newPage();
    const run = Date.now();
    const emailA = `e2e.wl.a.${run}@example.org`;
    const emailB = `e2e.wl.b.${run}@example.org`;
    await bookStopSmoking(a, "en", "Wellingborough Library", { name: "Alex First", email: emailA });
    await submit(a);
    await expect(a.locator("h1")).toHaveText("Booking confirmed");

    await bookStopSmoking(b, "ro", "Wellingborough Library", { name: "Bianca Second", email: emailB });
    await submit(b);
    await expect(b.locator("h1")).toHaveText("Ne pare rău, această oră este acum completă");
    await submit(b);
    await expect(b.locator("#main-content")).toContainText("Sunteți pe lista de așteptare");

    const confirmation = (await readOutbox(a.request, emailA)).find((m) => m.template === "bookingConfirmed")!;
    await a.goto(linkIn(confirmation.body, "/en/book/manage/"));
    await a.locator("button.nwp-button", { hasText: "Cancel this booking" }).click();
    await expect(a.getByTestId("booking-status")).toHaveText("Cancelled");

    const offer = (await readOutbox(b.request, emailB)).find((m) => m.template === "bookingOffer");
    expect(offer).toMatchObject({ locale: "ro" });
    expect(offer!.subject).toContain("Loc liber");
    await b.goto(linkIn(offer!.body, "/ro/book/offer/"));
    await submit(b);
    await expect(b.locator("h1")).toHaveText("Programare confirmată");
    await first.close();
    await second.close();
  });

  test("a BMI below the threshold is explained kindly, with the figures", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/book/weight-management/eligibility");
    await submit(page);
    await expect(page.locator("#error-summary")).toContainText("Enter your age in years");
    await page.locator("#ageYears").fill("40");
    await page.locator("#heightCm").fill("170");
    await page.locator("#weightKg").fill("70");
    await page.locator("#ethnicGroup").check();
    await page.locator("#hasDiabetesOrHypertension-1").check();
    await submit(page);
    await expect(page.locator("h1")).toHaveText("This service is not the right fit for you at the moment");
    await expect(page.locator("#main-content")).toContainText("Your BMI is 24.2. Our groups are for people with a BMI of 30 or more");
    await expect(page.locator("#main-content")).toContainText("your health matters");
    await expect(page.locator("#main-content a[href$='/book/weight-management/attend']")).toHaveCount(0);
    // Going straight to a later step does not skip the check.
    await page.goto("/en/book/weight-management/attend");
    await expect(page).toHaveURL(/\/weight-management\/eligibility$/);
    await context.close();
  });
});

for (const locale of ["en", "ur"]) {
  test(`the booking pages are axe-clean and reflow at 320px in ${locale}`, async ({ page }) => {
    const check = async () => {
      await expectAxeClean(page);
      await expectReflowsAt320(page);
    };
    await page.goto(`/${locale}/book`);
    await check();
    await page.goto(`/${locale}/book/weight-management/eligibility`);
    await submit(page);
    await expect(page).toHaveURL(/errors=/);
    await expect(page.locator("#error-summary")).toBeVisible();
    await check(); // with the error summary
    await page.locator("#ageYears").fill("52");
    await page.locator("#heightCm").fill("165");
    await page.locator("#weightKg").fill("80");
    await page.locator("#ethnicGroup-2").check();
    await page.locator("#hasDiabetesOrHypertension").check();
    await submit(page);
    await expect(page).toHaveURL(/checked=1/);
    await check(); // eligible at 27.5, with the GP programme note
    await page.locator("#main-content a[href$='/gp-summary']").click();
    await expect(page).toHaveURL(/gp-summary$/);
    await check();
    await page.goto(`/${locale}/book/weight-management/attend`);
    await check();
    await page.locator("#main-content a[href$='/book/weight-management/place']").click();
    await expect(page).toHaveURL(/\/place$/);
    await check();
    await page.locator("#main-content h2 a").first().click();
    await expect(page).toHaveURL(/\/time\?/);
    await check();
    await page.locator("input[name=session]").first().check();
    await submit(page);
    await expect(page).toHaveURL(/\/details\?session=/);
    await submit(page);
    await expect(page.locator("#error-summary")).toBeVisible();
    await check(); // details with errors
    await page.locator("#name").fill("Test Person");
    await page.locator("#email").fill(`e2e.axe.${locale}.${Date.now()}@example.org`);
    await submit(page);
    await expect(page).toHaveURL(/\/book\/check\?/);
    await check(); // check your answers
  });
}

test.describe("staff rosters", () => {
  test("the stop smoking advisor marks attendance and the 4-week quit, and exports the roster; the weight advisor cannot see it", async ({ browser }) => {
    const resident = await browser.newContext({ javaScriptEnabled: false });
    const r = await resident.newPage();
    const name = `Roster Person ${Date.now()}`;
    await bookStopSmoking(r, "en", "Corby Library", { name, email: `e2e.roster.${Date.now()}@example.org` });
    const sessionId = new URL(r.url()).searchParams.get("session")!;
    await submit(r);
    await expect(r.locator("h1")).toHaveText("Booking confirmed");
    await resident.close();

    const staff = await browser.newContext();
    const page = await staff.newPage();
    await signInStaff(page, "advisor@example.org");
    await expect(page).toHaveURL(/\/en\/staff$/);
    await page.locator("#main-content a[href='/en/staff/booking']").click();
    await expectAxeClean(page);
    await page.locator(`a[href='/en/staff/booking/${sessionId}']`).click();
    const row = page.getByTestId("roster-row").filter({ hasText: name });
    await expect(row).toHaveCount(1);
    await expectAxeClean(page);
    await row.locator("select[name=status]").selectOption("attended");
    await row.locator("select[name=smoking4Week]").selectOption("quit_co_validated");
    await row.locator("button").click();
    await expect(page.locator("#main-content")).toContainText("Saved");
    await expect(page.getByTestId("roster-row").filter({ hasText: name }).locator("select[name=status]")).toHaveValue("attended");

    const csv = await page.request.get(`/api/booking/sessions/${sessionId}/roster?locale=en`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain(`${name},`);
    await staff.close();

    const other = await browser.newContext();
    const weight = await other.newPage();
    await signInStaff(weight, "advisor.weight@example.org");
    const response = await weight.goto(`/en/staff/booking/${sessionId}`);
    expect(response?.status()).toBe(404);
    expect((await weight.request.get(`/api/booking/sessions/${sessionId}/roster`)).status()).toBe(404);
    await other.close();
  });
});
