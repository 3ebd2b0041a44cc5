import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { normaliseForMatching, suggestThemes, type TThemeKeywords } from "./theme-suggestions";

const seeded = (JSON.parse(readFileSync(path.join(process.cwd(), "seeds/reference/engagement-themes.json"), "utf8")) as { themes: TThemeKeywords[] }).themes;

describe("normaliseForMatching", () => {
  it.each([
    ["Mai multe BĂNCI!", "mai multe banci"],
    ["Łódź  szpital", "łodz szpital"],
    ["  Ещё   автобусы ", "еще автобусы"],
  ])("%s → %s", (input, expected) => expect(normaliseForMatching(input)).toBe(expected));
});

describe("suggestThemes", () => {
  const themes: TThemeKeywords[] = [
    { slug: "access", keywords: { en: ["bus", "transport", "opening hours"], ro: ["autobuz", "transport"] } },
    { slug: "money", keywords: { en: ["debt", "bills"], pl: ["dług", "rachun"] } },
  ];
  it.each([
    ["More buses to the surgery", ["access"]],
    ["Longer opening hours at weekends", ["access"]],
    ["opening on Sunday", []],
    ["Mai multe autobuze spre spital", ["access"]],
    ["Pomoc z rachunkami i długami", ["money"]],
    ["Help with bills and a bus pass", ["access", "money"]],
    ["", []],
  ])("%s → %j", (text, expected) => {
    expect(suggestThemes(text, themes).map((s) => s.slug).sort()).toEqual([...expected].sort());
  });

  it("ranks the theme with more matching keywords first", () => {
    expect(suggestThemes("transport and buses, and my debt", themes).map((s) => s.slug)).toEqual(["access", "money"]);
  });

  // The seeded taxonomy suggests a sensible theme for the same idea written in each of the eight languages.
  it.each([
    ["en", "We need more buses to the doctor"],
    ["pl", "Potrzebujemy więcej autobusów do lekarza"],
    ["ro", "Avem nevoie de mai multe autobuze spre medic"],
    ["lt", "Reikia daugiau autobusų iki gydytojo"],
    ["ru", "Нужно больше автобусов до врача"],
    ["pt", "Precisamos de mais autocarros para o médico"],
    ["so", "Waxaan u baahanahay bas badan oo dhakhtarka aada"],
    ["ur", "ڈاکٹر تک جانے کے لیے مزید بسوں کی ضرورت ہے"],
  ])("seeded keywords: %s idea about buses to the doctor suggests accessible care", (_lng, text) => {
    expect(suggestThemes(text, seeded).map((s) => s.slug)).toContain("accessible-care");
  });

  it.each([
    ["en", "Help to stop smoking near the school"],
    ["ro", "Ajutor pentru a renunța la fumat"],
    ["pl", "Pomoc w rzuceniu palenia papierosów"],
  ])("seeded keywords: %s idea about smoking suggests the smoking domain", (_lng, text) => {
    expect(suggestThemes(text, seeded).map((s) => s.slug)).toContain("domain-smoking");
  });
});
