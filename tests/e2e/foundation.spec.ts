import { expect, test } from "@playwright/test";
import { locales } from "@/lib/i18n/config";
import { expectAxeClean, expectReflowsAt320, latestSignInLink, readOutbox, signInResident, signInStaff } from "./support";

test.describe("languages", () => {
  test("the home page is served in all eight languages, and Urdu is right to left", async ({ page }) => {
    let englishTitle = "";
    for (const locale of locales) {
      const response = await page.goto(`/${locale}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ur" ? "rtl" : "ltr");
      const title = (await page.locator("h1").textContent()) ?? "";
      if (locale === "en") englishTitle = title;
      else expect(title, `${locale} home page heading`).not.toBe(englishTitle);
      await expect(page.getByTestId("service-list").locator("li")).toHaveCount(8);
      await expect(page.getByTestId("home-actions").locator("a")).toHaveCount(3);
    }
  });

  test("the home page leads to the assessment, the directory and booking", async ({ page }) => {
    for (const [name, path] of [
      ["Check your wellbeing", "/en/assessment"],
      ["Find local support", "/en/directory"],
      ["Book stop smoking or weight management support", "/en/book"],
    ] as const) {
      await page.goto("/en");
      await page.getByTestId("home-actions").getByRole("link", { name }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator("h1")).toBeVisible();
    }
  });

  test("a bare address goes to the browser's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "pl-PL" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/pl$/);
    await context.close();
  });

  test("the language switcher keeps you on the same page", async ({ page }) => {
    await page.goto("/en/privacy");
    await page.getByRole("navigation", { name: "Choose a language" }).getByRole("link", { name: "Polski" }).click();
    await expect(page).toHaveURL(/\/pl\/privacy$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await page.locator("nav[aria-label] a[hreflang='ur']").click();
    await expect(page).toHaveURL(/\/ur\/privacy$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });

  for (const locale of ["en", "ur"]) {
    test(`public pages are axe-clean and reflow at 320px in ${locale}`, async ({ page }) => {
      for (const path of ["", "/sign-in", "/sign-in/check-email", "/staff/sign-in", "/urgent-help", "/privacy", "/accessibility", "/dev/components", "/dev/outbox", "/no-such-page"]) {
        await page.goto(`/${locale}${path}`);
        await expectAxeClean(page);
        await expectReflowsAt320(page);
      }
    });
  }

  test("an unknown page is a translated 404", async ({ page }) => {
    const response = await page.goto("/pl/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).not.toHaveText("Page not found");
  });
});

test.describe("resident sign-in by email link", () => {
  test("works with JavaScript turned off, in Polish, through the outbox", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = `e2e.resident.${Date.now()}@example.org`;
    await signInResident(page, email, "pl");
    await expect(page).toHaveURL(/\/pl\/account$/);
    await expect(page.getByTestId("account-email")).toHaveText(email);
    const [message] = await readOutbox(page.request, email);
    expect(message!.locale).toBe("pl");
    expect(message!.subject).not.toContain("Your sign-in link");

    // The link works once only.
    const { url } = await latestSignInLink(page.request, email);
    const other = await browser.newContext({ javaScriptEnabled: false });
    const second = await other.newPage();
    await second.goto(url);
    await expect(second.locator("#error-summary")).toBeVisible();
    await expect(second).toHaveURL(/\/sign-in\?error=Verification/);

    // Signing out ends the session.
    await page.locator("form[action='/api/auth/signout'] button").click();
    await page.goto("/pl/account");
    await expect(page).toHaveURL(/\/pl\/sign-in\?callbackUrl=/);
    await context.close();
    await other.close();
  });

  test("a staff address never gets a resident link", async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.locator("#email").fill("advisor@example.org");
    await page.locator("form[action='/api/auth/signin/email'] button").click();
    await expect(page).toHaveURL(/\/en\/sign-in\/check-email/);
    const messages = await readOutbox(page.request, "advisor@example.org");
    expect(messages.map((m) => m.template)).not.toContain("signInLink");
    expect(messages[0]?.template).toBe("staffUseStaffSignIn");
  });
});

test.describe("staff sign-in with password and TOTP", () => {
  test("an advisor signs in and sees the staff area", async ({ page }) => {
    await signInStaff(page, "advisor@example.org");
    await expect(page).toHaveURL(/\/en\/staff$/);
    await expect(page.getByTestId("staff-welcome")).toContainText("Priya Advisor");
    await expectAxeClean(page);
  });

  test("a wrong code is refused with a clear message, and the same code cannot be used twice", async ({ page }) => {
    await page.goto("/en/staff/sign-in");
    await page.locator("#email").fill("engagement@example.org");
    await page.locator("#password").fill("Wellbeing-demo-2026");
    await page.locator("#code").fill("000000");
    await page.locator("form[action='/api/auth/callback/staff'] button").click();
    await expect(page).toHaveURL(/\/en\/staff\/sign-in\?error=staff-invalid/);
    await expect(page.locator("#error-summary")).toContainText("The email address, password or code is not right");
    await expectAxeClean(page);
  });

  test("five wrong attempts lock the account, with a message saying for how long", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (let i = 0; i < 5; i++) {
      await page.goto("/en/staff/sign-in");
      await page.locator("#email").fill("locked.out@example.org");
      await page.locator("#password").fill("not-the-password");
      await page.locator("#code").fill("123456");
      await page.locator("form[action='/api/auth/callback/staff'] button").click();
    }
    await expect(page.locator("#error-summary")).toContainText(/locked after too many attempts\. Try again in 1[45] minutes/);
    await context.close();
  });
});

test.describe("authorisation", () => {
  test("a resident cannot open staff pages: sent away, and the server refuses the data", async ({ page }) => {
    await signInResident(page, `e2e.nosy.${Date.now()}@example.org`);
    for (const path of ["/en/staff", "/en/admin/laps", "/en/admin/laps/N01"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/en\/account\?notice=not-permitted/);
      await expect(page.locator("#not-permitted")).toContainText("That page is for staff only");
    }
    await expectAxeClean(page);
    const api = await page.request.get("/api/admin/laps");
    expect(api.status()).toBe(403);
    expect(await api.text()).not.toContain("N01");
  });

  test("someone not signed in is asked to sign in, and the API says 401", async ({ page }) => {
    await page.goto("/en/admin/laps");
    await expect(page).toHaveURL(/\/en\/staff\/sign-in\?callbackUrl=%2Fen%2Fadmin%2Flaps/);
    expect((await page.request.get("/api/admin/laps")).status()).toBe(401);
  });

  test("a partner cannot open admin pages either", async ({ page }) => {
    await signInStaff(page, "partner@example.org");
    await page.goto("/en/admin/laps");
    await expect(page).toHaveURL(/\/en\/account\?notice=not-permitted/);
    expect((await page.request.get("/api/admin/laps")).status()).toBe(403);
  });
});

test.describe("admin reference data", () => {
  test("the admin pages are axe-clean in English and Urdu", async ({ page }) => {
    await signInStaff(page, "admin@example.org");
    for (const path of ["/en/staff", "/en/admin/laps", "/en/admin/laps/W01", "/ur/admin/laps", "/ur/admin/laps/W01", "/ur/account"]) {
      await page.goto(path);
      await expectAxeClean(page);
      await expectReflowsAt320(page);
    }
  });

  test("an admin renames a LAP and moves a postcode area, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInStaff(page, "admin@example.org", "en");
    await page.goto("/en/admin/laps");
    await page.getByRole("link", { name: /Edit.*Corby/ }).click();
    await expect(page).toHaveURL(/\/en\/admin\/laps\/N01$/);
    await page.locator("#name_en").fill("Corby and Rural North");
    await page.locator("#name_pl").fill("Corby i północne wsie");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/admin\/laps\/N01\?saved=1/);
    await expect(page.locator("h1")).toHaveText("Edit Corby and Rural North");

    await page.goto("/pl/admin/laps");
    await expect(page.getByRole("table")).toContainText("Corby i północne wsie");

    await page.goto("/en/admin/laps/N01");
    const form = page.locator("form:has(select[name=lapCode])").first();
    const area = await form.locator("input[name=areaCode]").getAttribute("value");
    await form.locator("select[name=lapCode]").selectOption("N02");
    await form.getByRole("button").click();
    await expect(page.locator("[role=status]", { hasText: "moved to" })).toContainText(`${area} moved to`);
    const data = (await (await page.request.get("/api/admin/laps")).json()) as { laps: { code: string; areas: string[] }[] };
    expect(data.laps.find((l) => l.code === "N02")?.areas).toContain(area);
    await context.close();
  });
});
