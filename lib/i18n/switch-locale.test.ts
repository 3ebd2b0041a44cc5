import { describe, expect, it } from "vitest";
import { switchLocaleHref } from "./switch-locale";

describe("switchLocaleHref", () => {
  it.each([
    ["/en", "pl", "/pl"],
    ["/en/sign-in", "ur", "/ur/sign-in"],
    ["/pl/admin/laps/N01?saved=1", "en", "/en/admin/laps/N01?saved=1"],
  ] as const)("%s → %s", (from, to, expected) => {
    expect(switchLocaleHref(from, to)).toBe(expected);
  });
});
