import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedDirectoryDemo } from "@/seeds/directory";
import { parseDirectorySearch } from "./schemas";
import { searchServices } from "./search-services";

const run = async (params: Record<string, string>) => searchServices(await getDb(), parseDirectorySearch(params).search);
const names = (r: Awaited<ReturnType<typeof run>>) => (r.kind === "ok" ? r.hits.map((h) => h.name.en) : []);

describe("directory search", () => {
  beforeAll(async () => {
    const db = await getDb();
    // Safe to run twice: the second run must not duplicate anything.
    const first = await seedDirectoryDemo(db);
    expect(first).toBeGreaterThanOrEqual(60);
    await seedDirectoryDemo(db);
  }, 120_000);

  it("finds the Polish-speaking weight group near NN16 on Tuesday evenings, nearest first", async () => {
    const r = await run({ need: "weight", language: "pl", postcode: "NN16 8XY", day: "TU", time: "evening" });
    expect(r.kind).toBe("ok");
    expect(names(r)).toEqual(["Healthy Weight Group in Polish (Zdrowa Waga)"]);
    if (r.kind === "ok") expect(r.hits[0]!.distanceMiles).toBeLessThan(2);
  });

  it("does not find it on a Wednesday or in the morning", async () => {
    expect(names(await run({ need: "weight", language: "pl", day: "WE" }))).not.toContain("Healthy Weight Group in Polish (Zdrowa Waga)");
    expect(names(await run({ need: "weight", language: "pl", day: "TU", time: "morning" }))).not.toContain("Healthy Weight Group in Polish (Zdrowa Waga)");
  });

  it("matches keywords in any language, by word prefix", async () => {
    expect(names(await run({ q: "zdrowa wag" }))).toContain("Healthy Weight Group in Polish (Zdrowa Waga)");
    expect(names(await run({ q: "crisis café", lap: "N01" }))).toEqual(["Corby Crisis Café"]);
  });

  it("sorts by distance from the postcode and keeps to the radius", async () => {
    const r = await run({ postcode: "NN17 1AB", radius: "5", need: "wellbeing-cafe" });
    expect(r.kind).toBe("ok");
    if (r.kind !== "ok") return;
    expect(r.hits[0]!.name.en).toBe("Corby Wellbeing Café");
    const d = r.hits.map((h) => h.distanceMiles!);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    expect(Math.max(...d)).toBeLessThanOrEqual(5);
  });

  it("filters by age, free and online", async () => {
    expect(names(await run({ q: "young people", age: "30" }))).toEqual([]);
    expect(names(await run({ q: "young people", age: "15" }))).toEqual(["Young People's Wellbeing Drop-in"]);
    expect(names(await run({ q: "chair exercise", free: "1" }))).toEqual([]);
    expect(names(await run({ mode: "online", q: "mindfulness" }))).toEqual(["Online Mindfulness Course"]);
  });

  it("paginates ten at a time", async () => {
    const one = await run({});
    const two = await run({ page: "2" });
    expect(one.kind === "ok" && one.total).toBeGreaterThanOrEqual(60);
    expect(names(one)).toHaveLength(10);
    expect(names(two).some((n) => names(one).includes(n))).toBe(false);
  });

  it("answers odd input with a message, never an error", async () => {
    expect((await run({ postcode: "SW1A 1AA" })).kind).toBe("unknown-postcode");
    expect((await run({ q: "!!! ***" })).kind).toBe("nothing-to-search");
    expect((await run({ q: "'; drop table directory_services; --" })).kind).toBe("ok");
    expect(parseDirectorySearch({ q: "x".repeat(5000) }).errors.q).toBe("directory:errors.queryTooLong");
    expect(parseDirectorySearch({ age: "abc" }).errors.age).toBe("directory:errors.ageInvalid");
    expect(parseDirectorySearch({ day: "XX", page: "-4" }).search).toMatchObject({ day: undefined, page: undefined });
  });
});
