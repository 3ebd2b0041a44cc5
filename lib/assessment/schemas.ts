import { z } from "zod";
import { parsePostcode } from "@/lib/geo/postcode";
import { HEIGHT_CM, optionsFor, WEIGHT_KG, type TAnswer, type TQuestion, type TQuestionBank } from "./question-bank";

/**
 * Turns one posted question form into a stored answer, or a translated GOV.UK error naming the field. Shared by the
 * server action; nothing half-formed gets through (a height needs centimetres, or feet and inches, in range).
 */
export type TParsed = { ok: true; answer: TAnswer } | { ok: false; field: string; error: string };

const blank = (v: unknown) => typeof v !== "string" || v.trim() === "";
/** A non-negative decimal number typed by a person ("170", "70.5", "70,5"); anything else is "not a number". */
const ZNumberText = z
  .string()
  .trim()
  .regex(/^\d{1,3}([.,]\d{1,2})?$/)
  .transform((s) => Number(s.replace(",", ".")));

const num = (v: unknown): number | null => {
  const r = ZNumberText.safeParse(v ?? "");
  return r.success ? r.data : null;
};

export function parseAnswerForm(bank: TQuestionBank, q: TQuestion, form: Record<string, unknown>): TParsed {
  switch (q.type) {
    case "choice": {
      const value = form.answer;
      const ok = typeof value === "string" && optionsFor(bank, q).some((o) => o.value === value);
      return ok ? { ok: true, answer: { kind: "choice", value } } : { ok: false, field: "answer", error: "assessment:errors.choose" };
    }
    case "scale": {
      const r = z.coerce.number().int().min(0).max(10).safeParse(blank(form.answer) ? undefined : form.answer);
      return r.success ? { ok: true, answer: { kind: "scale", value: r.data } } : { ok: false, field: "answer", error: "assessment:errors.scale" };
    }
    case "height": {
      const metric = !blank(form.cm);
      const imperial = !blank(form.feet) || !blank(form.inches);
      if (metric && imperial) return { ok: false, field: "cm", error: "assessment:errors.heightBoth" };
      if (!metric && !imperial) return { ok: false, field: "cm", error: "assessment:errors.heightNumber" };
      let cm: number;
      if (metric) {
        const v = num(form.cm);
        if (v === null) return { ok: false, field: "cm", error: "assessment:errors.heightNumber" };
        cm = v;
      } else {
        const feet = blank(form.feet) ? 0 : num(form.feet);
        const inches = blank(form.inches) ? 0 : num(form.inches);
        if (feet === null || inches === null || inches >= 12) return { ok: false, field: "feet", error: "assessment:errors.heightNumber" };
        cm = Math.round((feet * 12 + inches) * 2.54 * 10) / 10;
      }
      if (cm < HEIGHT_CM.min || cm > HEIGHT_CM.max) return { ok: false, field: metric ? "cm" : "feet", error: "assessment:errors.heightRange" };
      return { ok: true, answer: { kind: "height", cm, entered: metric ? "metric" : "imperial" } };
    }
    case "weight": {
      const metric = !blank(form.kg);
      const imperial = !blank(form.stones) || !blank(form.pounds);
      if (metric && imperial) return { ok: false, field: "kg", error: "assessment:errors.weightBoth" };
      if (!metric && !imperial) return { ok: false, field: "kg", error: "assessment:errors.weightNumber" };
      let kg: number;
      if (metric) {
        const v = num(form.kg);
        if (v === null) return { ok: false, field: "kg", error: "assessment:errors.weightNumber" };
        kg = v;
      } else {
        const stones = blank(form.stones) ? 0 : num(form.stones);
        const pounds = blank(form.pounds) ? 0 : num(form.pounds);
        if (stones === null || pounds === null || pounds >= 14) return { ok: false, field: "stones", error: "assessment:errors.weightNumber" };
        kg = Math.round((stones * 14 + pounds) * 0.45359237 * 10) / 10;
      }
      if (kg < WEIGHT_KG.min || kg > WEIGHT_KG.max) return { ok: false, field: metric ? "kg" : "stones", error: "assessment:errors.weightRange" };
      return { ok: true, answer: { kind: "weight", kg, entered: metric ? "metric" : "imperial" } };
    }
    case "postcode": {
      if (blank(form.postcode)) return { ok: true, answer: { kind: "postcode", value: "" } };
      const parts = typeof form.postcode === "string" ? parsePostcode(form.postcode) : null;
      return parts?.full ? { ok: true, answer: { kind: "postcode", value: parts.normalised } } : { ok: false, field: "postcode", error: "assessment:errors.postcode" };
    }
  }
}
