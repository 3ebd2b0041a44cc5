import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csv", () => {
  it.each([
    ["plain", "plain"],
    ['a "quote"', '"a ""quote"""'],
    ["a,b", '"a,b"'],
    ["line\nbreak", '"line\nbreak"'],
    ["=HYPERLINK(1)", `"'=HYPERLINK(1)"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["-5", "-5"],
    ["<5", "<5"],
    [12, "12"],
    [null, ""],
  ])("%j → %s", (input, expected) => expect(csvCell(input)).toBe(expected));

  it("joins rows with CRLF", () => expect(toCsv([["a", 1], ["b", 2]])).toBe("a,1\r\nb,2\r\n"));
});
