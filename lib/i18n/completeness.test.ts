import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales, namespaces } from "./config";

type TTree = { [key: string]: string | TTree };
const root = path.join(process.cwd(), "locales");
const load = (lng: string, ns: string): TTree => JSON.parse(readFileSync(path.join(root, lng, `${ns}.json`), "utf8")) as TTree;
const flatten = (tree: TTree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const placeholders = (s: string) => (s.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, "")).sort();

/** Short labels and proper nouns can legitimately read the same in another language. */
const mayMatchEnglish = (value: string) => value.length <= 12 || !/\s/.test(value.trim()) || /^[A-Z0-9 .:+@-]+$/.test(value);

describe("translations", () => {
  it("has a file for every namespace in English, and no stray namespace files", () => {
    const files = readdirSync(path.join(root, "en")).filter((f) => f.endsWith(".json")).map((f) => f.replace(".json", "")).sort();
    expect(files).toEqual([...namespaces].sort());
  });

  for (const lng of locales.filter((l) => l !== "en")) {
    describe(lng, () => {
      for (const ns of namespaces) {
        it(`${ns}: every key is translated, with the same placeholders`, () => {
          const english = flatten(load("en", ns));
          const translated = new Map(flatten(load(lng, ns)));
          const missing = english.filter(([k]) => !translated.get(k)?.trim()).map(([k]) => k);
          expect(missing, `missing in ${lng}/${ns}.json`).toEqual([]);
          const wrongPlaceholders = english.filter(([k, v]) => placeholders(v).join() !== placeholders(translated.get(k)!).join()).map(([k]) => k);
          expect(wrongPlaceholders, `placeholders differ in ${lng}/${ns}.json`).toEqual([]);
          const untranslated = english.filter(([k, v]) => !mayMatchEnglish(v) && translated.get(k) === v).map(([k]) => k);
          expect(untranslated, `still in English in ${lng}/${ns}.json`).toEqual([]);
        });
      }
    });
  }

  it("has the eight services described in every language", () => {
    const services = JSON.parse(readFileSync(path.join(process.cwd(), "seeds/reference/services.json"), "utf8")) as Record<string, unknown>[];
    expect(services).toHaveLength(8);
    for (const s of services) for (const field of ["name", "summary", "description"]) for (const l of locales) expect((s[field] as Record<string, string>)[l]?.trim(), `${String(s.slug)}.${field}.${l}`).toBeTruthy();
  });
});
