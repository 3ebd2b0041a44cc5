import { expect, test, type Page } from "@playwright/test";
import { expectAxeClean, readOutbox, signInResident, signInStaff } from "./support";

/** Scripted answers by question id: an option value, or the fields of a measurement/postcode question. */
type TScript = Record<string, string | Record<string, string>>;

const firstHalf: TScript = {
  smoking_status: "smoker", smoking_time_to_first: "6_30", smoking_per_day: "11_20", smoking_pregnant: "not_applicable", // HSI 3
  audit_1: "2_3_week", audit_2: "3_4", audit_3: "monthly", // AUDIT-C 6: expands to the full AUDIT
  audit_4: "never", audit_5: "never", audit_6: "never", audit_7: "never", audit_8: "never", audit_9: "no", audit_10: "no",
  height: { cm: "170" }, weight: { stones: "11", pounds: "0" }, // BMI 24.2
  phq_1: "not_at_all", phq_2: "not_at_all", phq_3: "not_at_all", phq_4: "not_at_all",
  ons_satisfied: "7", ons_worthwhile: "7", ons_happy: "7", ons_anxious: "2",
  safety_danger: "no", safety_self_harm: "no", safety_unsafe_home: "no",
};
const secondHalf: TScript = {
  lonely_direct: "often_always", ucla_companionship: "often", ucla_left_out: "often", ucla_isolated: "often",
  housing_tenure: "private_rent", housing_condition: "good", housing_risk: "no",
  money_worry: "sometimes", money_food: "no", money_fuel: "no",
  work_status: "employed", work_help: "yes", work_skills: "no",
  gppaq_work: "sedentary", gppaq_exercise: "none", gppaq_cycling: "none",
  carer: "no",
  about_age: "prefer_not", about_sex: "female", about_ethnicity: "white", about_disability: "no", about_language: "pl", about_postcode: { postcode: "" },
};

/** After a server-action redirect with JavaScript on, the new page's title arrives a moment after the URL. */
async function axe(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  await expectAxeClean(page);
}

const questionId = (page: Page) => /\/assessment\/q\/([a-z0-9_]+)/.exec(page.url())?.[1];
const continueButton = (page: Page) => page.locator("form:has(input[name=questionId]) button");

async function answer(page: Page, value: string | Record<string, string>) {
  if (typeof value === "string") await page.locator(`input[name=answer][value="${value}"]`).check();
  else for (const [field, v] of Object.entries(value)) await page.locator(`#${field}`).fill(v);
  await continueButton(page).click();
}

/** Answers question pages from the script until one is not in it; returns the id it stopped at (or null). */
async function answerFromScript(page: Page, script: TScript, { axe: withAxe = false } = {}): Promise<string | null> {
  for (let i = 0; i < 80; i++) {
    const id = questionId(page);
    if (!id || !(id in script)) return id ?? null;
    if (withAxe && (id === "smoking_status" || id === "height" || id === "ons_happy")) await axe(page);
    await answer(page, script[id]!);
    await page.waitForURL((url) => !url.pathname.endsWith(`/q/${id}`) || url.search.length > 0, { timeout: 10_000 }).catch(() => undefined);
  }
  throw new Error("assessment did not finish");
}

async function start(page: Page, locale: string) {
  await page.goto(`/${locale}/assessment`);
  await page.locator("form:not(:has(input[name=easyRead])):not(:has(input[name=code])) button").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/assessment/code`));
  return (await page.getByTestId("resume-code").innerText()).trim();
}

test("an anonymous resident completes the assessment in Polish without JavaScript, resuming with the code", async ({ browser }) => {
  const first = await browser.newContext({ javaScriptEnabled: false });
  const page = await first.newPage();
  const code = await start(page, "pl");
  expect(code).toMatch(/^[A-Z0-9]{4} [A-Z0-9]{4}$/);
  await page.locator("a[href='/pl/assessment/q/smoking_status']").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Które zdanie najlepiej Cię opisuje?");

  // Bad input is refused with a translated error, and nothing is saved half-formed.
  await answerFromScript(page, { smoking_status: "smoker", smoking_time_to_first: "6_30", smoking_per_day: "11_20", smoking_pregnant: "not_applicable", audit_1: "2_3_week", audit_2: "3_4", audit_3: "monthly", audit_4: "never", audit_5: "never", audit_6: "never", audit_7: "never", audit_8: "never", audit_9: "no", audit_10: "no" });
  expect(questionId(page)).toBe("height");
  await answer(page, { cm: "dużo" });
  await expect(page.locator("#error-summary")).toContainText("Podaj wzrost jako liczbę");
  await expect(page.locator("#cm")).toHaveValue("dużo");
  await answer(page, { cm: "300" });
  await expect(page.getByText("Podaj wzrost od 100 do 250 centymetrów").first()).toBeVisible();
  await continueButton(page).click(); // still empty of valid input: no skipping by pressing on
  expect(questionId(page)).toBe("height");

  await answerFromScript(page, firstHalf);
  expect(questionId(page)).toBe("lonely_direct");
  // Skipping ahead by URL lands back on the first unanswered question.
  await page.goto("/pl/assessment/q/carer");
  expect(questionId(page)).toBe("lonely_direct");
  await page.goto("/pl/assessment/check");
  expect(questionId(page)).toBe("lonely_direct");
  await first.close();

  // "Closing the browser": a new context has no cookie; the resume code brings the answers back.
  const second = await browser.newContext({ javaScriptEnabled: false });
  const resumed = await second.newPage();
  await resumed.goto("/pl/assessment");
  await resumed.locator("#code").fill(code.toLowerCase());
  await resumed.locator("form:has(#code) button").click();
  expect(questionId(resumed)).toBe("lonely_direct");
  await resumed.goto("/pl/assessment/q/smoking_time_to_first");
  await expect(resumed.locator('input[name=answer][value="6_30"]')).toBeChecked();
  await resumed.goto("/pl/assessment/q/lonely_direct");
  expect(await answerFromScript(resumed, secondHalf)).toBeNull();

  await expect(resumed).toHaveURL(/\/pl\/assessment\/check$/);
  await expect(resumed.getByRole("heading", { level: 1 })).toHaveText("Sprawdź swoje odpowiedzi");
  await resumed.getByRole("button", { name: "Pokaż moje wyniki" }).click();
  await expect(resumed).toHaveURL(/\/pl\/assessment\/results$/);
  const row = (name: string) => resumed.locator("tr", { has: resumed.locator("th", { hasText: name }) });
  await expect(row("Palenie")).toContainText("Wsparcie mogłoby pomóc");
  await expect(row("Palenie")).toContainText("(HSI) to 3 na 6");
  await expect(row("Alkohol")).toContainText("Pewne obawy");
  await expect(row("Alkohol")).toContainText("Twój wynik AUDIT-C to 6");
  await expect(row("Waga")).toContainText("Dobrze");
  await expect(row("Waga")).toContainText("24,2");
  await expect(row("Samopoczucie psychiczne")).toContainText("Dobrze");
  await expect(row("Życie towarzyskie i samotność")).toContainText("Wsparcie mogłoby pomóc");
  await expect(row("Mieszkanie")).toContainText("Dobrze");
  await expect(row("Pieniądze")).toContainText("Pewne obawy");
  await expect(row("Praca i nauka")).toContainText("Wsparcie mogłoby pomóc");
  await expect(row("Aktywność fizyczna")).toContainText("Wsparcie mogłoby pomóc");
  await expect(resumed.locator("svg[role=img] path[data-status]")).toHaveCount(8);
  await expect(resumed.getByRole("heading", { name: "Rzucanie palenia" })).toBeVisible();
  await second.close();
});

test("a crisis answer shows urgent help at once, in the current language, and records consent to review", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await start(page, "lt");
  await page.goto("/lt/assessment/q/smoking_status");
  await answerFromScript(page, { ...firstHalf, smoking_status: "never", audit_1: "never", safety_danger: "yes" });
  await expect(page).toHaveURL(/\/lt\/assessment\/urgent$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gaukite pagalbą dabar");
  await expect(page.getByText("116 123")).toBeVisible();
  await expect(page.locator("a[href^='tel:999']")).toBeVisible();
  // The flow cannot be continued past the crisis answer by URL.
  await page.goto("/lt/assessment/q/lonely_direct");
  await expect(page).toHaveURL(/\/lt\/assessment\/urgent$/);
  await page.locator('input[name=consent][value="yes"]').check();
  await page.getByRole("button", { name: "Išsaugoti mano pasirinkimą" }).click();
  await expect(page.getByText("Konsultantas peržiūrės jūsų atsakymus.")).toBeVisible();
  await context.close();
});

test("Easy Read can be switched on and off at any question", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/assessment");
  await page.getByRole("button", { name: "Use Easy Read" }).click();
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Do you smoke? Do you vape?");
  await expect(page.getByText("I never smoked")).toBeVisible();
  await expect(page.locator("h1 svg")).toHaveCount(1);
  await page.getByRole("button", { name: "Switch to standard wording" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which of these best describes you?");
  await page.goto("/pl/assessment/q/smoking_status");
  await page.getByRole("button", { name: "Przełącz na wersję łatwą do czytania (po angielsku)" }).click();
  await expect(page.locator("h1 [lang=en]")).toHaveText("Do you smoke? Do you vape?");
  await context.close();
});

test("an advisor completes an assessment with a resident, who claims it into their account with the code", async ({ browser }) => {
  const advisorContext = await browser.newContext();
  const advisor = await advisorContext.newPage();
  await signInStaff(advisor, "advisor@example.org");
  // A TOTP code can expire between typing and checking on a loaded machine; the helper then leaves us on sign-in.
  if (advisor.url().includes("/staff/sign-in")) await signInStaff(advisor, "advisor@example.org");
  await advisor.goto("/en/staff/assessment");
  await expectAxeClean(advisor);
  await advisor.getByRole("button", { name: "Start the assessment" }).click();
  await expect(advisor.locator("#error-summary")).toContainText("Enter where the assessment is taking place");
  await advisor.locator("#venue").fill("Corby Library");
  await advisor.getByRole("button", { name: "Start the assessment" }).click();
  await expect(advisor).toHaveURL(/\/en\/assessment\/code$/);
  const code = (await advisor.getByTestId("resume-code").innerText()).trim();
  await advisor.goto("/en/assessment/q/smoking_status");
  expect(await answerFromScript(advisor, { ...firstHalf, ...secondHalf })).toBeNull();
  await advisor.getByRole("button", { name: "See my results" }).click();
  await expect(advisor).toHaveURL(/\/en\/assessment\/results$/);

  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  await signInResident(resident, "assisted-claim@example.org");
  await resident.goto("/en/assessment");
  await resident.locator("#code").fill(code);
  await resident.locator("form:has(#code) button").click();
  await expect(resident).toHaveURL(/\/en\/assessment\/results$/);
  await expect(resident.locator("tr", { hasText: "Smoking" })).toContainText("Support could help");
  // Claimed: the advisor's browser no longer opens the resident's results.
  await advisor.goto("/en/assessment/results");
  await expect(advisor).toHaveURL(/\/en\/assessment$/);
  await advisorContext.close();
  await residentContext.close();
});

test("a signed-in resident reassesses and sees the change since last time", async ({ page }) => {
  await signInResident(page, "reassess@example.org");
  await start(page, "en");
  await page.goto("/en/assessment/q/smoking_status");
  await answerFromScript(page, { ...firstHalf, ...secondHalf, ons_satisfied: "3", money_worry: "often" });
  await page.getByRole("button", { name: "See my results" }).click();
  await expect(page.locator("tr", { hasText: "Money" })).toContainText("Support could help");
  await page.getByRole("button", { name: "Take the assessment again" }).click();
  await page.goto("/en/assessment/q/smoking_status");
  await answerFromScript(page, { ...firstHalf, ...secondHalf, ons_satisfied: "8", ucla_left_out: "hardly_ever", ucla_isolated: "hardly_ever", money_worry: "never" });
  await page.getByRole("button", { name: "See my results" }).click();
  await expect(page.locator("th", { hasText: "Since last time" })).toHaveCount(2);
  await expect(page.locator("tr", { hasText: "Money" })).toContainText("Better");
  await expect(page.locator("tr", { hasText: "Smoking" })).toContainText("No change");
  await expect(page.getByTestId("reassessment")).toContainText("Life satisfaction (0 to 10, higher is better): 3 last time, 8 now.");
  await expect(page.getByTestId("reassessment")).toContainText("Loneliness score (3 to 9, lower is better): 9 last time, 5 now.");
  await axe(page);
});

test("emails a resume link", async ({ page }) => {
  await start(page, "en");
  await page.locator("#email").fill("assessment-resume@example.org");
  await page.getByRole("button", { name: "Send me the link" }).click();
  await expect(page.getByText("We have sent you a link. Check your email.")).toBeVisible();
  const [message] = await readOutbox(page.request, "assessment-resume@example.org");
  expect(message?.body).toContain("/en/assessment?code=");
});

for (const locale of ["en", "ur"]) {
  test(`every assessment page type is axe clean in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/assessment`);
    await axe(page);
    await start(page, locale);
    await axe(page);
    await page.goto(`/${locale}/assessment/q/smoking_status`);
    await answerFromScript(page, { ...firstHalf, ...secondHalf }, { axe: true });
    // An error state.
    await page.goto(`/${locale}/assessment/q/height?returnTo=check`);
    await answer(page, { cm: "abc" });
    await axe(page);
    await answer(page, { cm: "170" });
    await expect(page).toHaveURL(new RegExp(`/${locale}/assessment/check$`));
    await axe(page);
    await page.locator("form:has(input[name=locale]):not(:has(input[name=questionId])) button").last().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/assessment/results$`));
    await axe(page);
    // Urgent help page, from a fresh assessment.
    await page.context().clearCookies();
    await start(page, locale);
    await page.goto(`/${locale}/assessment/q/smoking_status`);
    await answerFromScript(page, { ...firstHalf, safety_danger: "yes" });
    await expect(page).toHaveURL(new RegExp(`/${locale}/assessment/urgent$`));
    await axe(page);
  });
}
