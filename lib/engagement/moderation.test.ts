import { describe, expect, it } from "vitest";
import { autoHoldReasons, initialModerationState } from "./moderation";

describe("autoHoldReasons", () => {
  it.each([
    ["More benches in Corby town centre please", []],
    ["Mai multe bănci în parcul din Corby, vă rog", []],
    ["A bus from the villages to Kettering General on Sundays", []],
    ["Call me on 07700 900123 about the youth club", ["phone", "name"]],
    ["Ring 01536 123456 for details", ["phone"]],
    ["WhatsApp +44 7700 900 123", ["phone"]],
    ["Sunați la (01604) 765-432", ["phone"]],
    ["Email jane.doe@example.org if you want to help", ["email"]],
    ["Pisz na anna@przyklad.pl", ["email"]],
    ["My name is Sarah and I want a walking group", ["name"]],
    ["Mă numesc Ion și vreau un club pentru seniori", ["name"]],
    ["Меня зовут Ольга, нужна группа для мам", ["name"]],
    ["میرا نام علی ہے اور مجھے نوکری چاہیے", ["name"]],
    ["Ask Mrs Patel at the library, she runs it", ["name"]],
    ["I spoke to John Smith at the surgery and he agreed", ["name"]],
    ["We need 24 hour GP access and 3 more nurses", []],
    ["Open the North Northamptonshire hubs on Saturdays", []],
  ])("%s → %j", (text, expected) => {
    expect(autoHoldReasons(text).sort()).toEqual([...expected].sort());
  });

  it("holds anything with a reason and publishes the rest", () => {
    expect(initialModerationState("Call 07700900123")).toBe("held");
    expect(initialModerationState("More allotments")).toBe("published");
  });
});
