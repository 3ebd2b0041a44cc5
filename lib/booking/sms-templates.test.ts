import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { pickText } from "@/lib/i18n/format";
import { smsFragments } from "@/lib/notify/sms";
import { renderTemplate, templates } from "@/lib/notify/templates";
import { BOOKING_PHONE, placeText, smsWhen } from "./notify-booking";

type TService = { slug: string; name: { en: string } };
const services = (JSON.parse(readFileSync(path.join(process.cwd(), "seeds/reference/services.json"), "utf8")) as (TService & { bookable: boolean })[]).filter((s) => s.bookable);
const bookingTemplates = (Object.keys(templates) as (keyof typeof templates)[]).filter((k) => templates[k].ns === "booking");
// The longest real values: the longest venue name, and a date with two-digit day and month.
const longestVenue = { mode: "in_person" as const, venueName: "Northampton Central Library", venueAddress: null, venuePostcode: null };
const date = new Date("2026-12-28T18:30:00Z");

describe("booking text messages stay within two fragments (GOV.UK Notify charges per fragment)", () => {
  it("covers every booking template", () => expect(bookingTemplates).toHaveLength(5));
  for (const locale of locales) {
    for (const template of bookingTemplates) {
      it(`${locale} ${template}`, () => {
        for (const service of services) {
          for (const place of [placeText(longestVenue, locale, false), placeText({ ...longestVenue, mode: "online" }, locale, false)]) {
            const { body } = renderTemplate(template, "sms", locale, {
              service: pickText(service.name, locale),
              when: smsWhen(date, locale),
              until: smsWhen(date, locale),
              place,
              phone: BOOKING_PHONE,
            });
            expect(body).not.toMatch(/{{|}}/);
            expect(smsFragments(body).fragments, body).toBeLessThanOrEqual(2);
          }
        }
      });
    }
  }
});
