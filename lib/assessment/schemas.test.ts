import { describe, expect, it } from "vitest";
import { getQuestion, getQuestionBank } from "./question-bank";
import { generateResumeCode, hashResumeCode, normaliseResumeCode } from "./resume-code";
import { parseAnswerForm } from "./schemas";

const bank = getQuestionBank();
const q = (id: string) => getQuestion(bank, id)!;

describe("parseAnswerForm", () => {
  it.each([
    ["height", { cm: "170" }, { kind: "height", cm: 170, entered: "metric" }],
    ["height", { feet: "5", inches: "7" }, { kind: "height", cm: 170.2, entered: "imperial" }],
    ["weight", { kg: "70,5" }, { kind: "weight", kg: 70.5, entered: "metric" }],
    ["weight", { stones: "11", pounds: "0" }, { kind: "weight", kg: 69.9, entered: "imperial" }],
    ["ons_happy", { answer: "0" }, { kind: "scale", value: 0 }],
    ["ons_happy", { answer: "10" }, { kind: "scale", value: 10 }],
    ["smoking_status", { answer: "never" }, { kind: "choice", value: "never" }],
    ["about_postcode", { postcode: "nn1 1aa" }, { kind: "postcode", value: "NN1 1AA" }],
    ["about_postcode", { postcode: "  " }, { kind: "postcode", value: "" }],
  ])("%s %o is accepted", (id, form, answer) => expect(parseAnswerForm(bank, q(id), form)).toEqual({ ok: true, answer }));

  it.each([
    ["height", {}, "cm", "assessment:errors.heightNumber"],
    ["height", { cm: "tall" }, "cm", "assessment:errors.heightNumber"],
    ["height", { cm: "99" }, "cm", "assessment:errors.heightRange"],
    ["height", { cm: "251" }, "cm", "assessment:errors.heightRange"],
    ["height", { cm: "170", feet: "5" }, "cm", "assessment:errors.heightBoth"],
    ["height", { feet: "5", inches: "12" }, "feet", "assessment:errors.heightNumber"],
    ["weight", { kg: "24" }, "kg", "assessment:errors.weightRange"],
    ["weight", { kg: "351" }, "kg", "assessment:errors.weightRange"],
    ["weight", { kg: "-3" }, "kg", "assessment:errors.weightNumber"],
    ["ons_happy", { answer: "11" }, "answer", "assessment:errors.scale"],
    ["ons_happy", {}, "answer", "assessment:errors.scale"],
    ["ons_happy", { answer: "5.5" }, "answer", "assessment:errors.scale"],
    ["smoking_status", {}, "answer", "assessment:errors.choose"],
    ["smoking_status", { answer: "<script>" }, "answer", "assessment:errors.choose"],
    ["about_postcode", { postcode: "not a postcode" }, "postcode", "assessment:errors.postcode"],
  ])("%s %o is refused at %s", (id, form, field, error) => expect(parseAnswerForm(bank, q(id), form)).toEqual({ ok: false, field, error }));
});

describe("resume codes", () => {
  it("are 8 unambiguous characters and normalise from what people type", () => {
    const code = generateResumeCode();
    expect(code).toMatch(/^[ACDEFGHJKMNPQRTWXY34679]{8}$/);
    expect(normaliseResumeCode(`${code.slice(0, 4).toLowerCase()} - ${code.slice(4)}`)).toBe(code);
    expect(normaliseResumeCode("ABCD0123")).toBeNull();
    expect(normaliseResumeCode("short")).toBeNull();
    expect(hashResumeCode(code)).not.toContain(code);
  });
});
