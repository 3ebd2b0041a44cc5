import { z } from "zod";
import { ethnicGroups } from "./eligibility";
import { normaliseMobile } from "./resident-key";

export const bookableServices = ["stop-smoking", "weight-management"] as const;
export const ZBookableService = z.enum(bookableServices);

const yesNo = (message: string) => z.enum(["yes", "no"], { message }).transform((v) => v === "yes");
const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim().replace(",", ".") : v), z.coerce.number({ message }).min(min, message).max(max, message));

/** Eligibility questions asked when there is no assessment. Messages are keys in the "booking" namespace. */
export const ZWeightAnswers = z.object({
  ageYears: wholeNumber(1, 120, "booking:eligibility.errors.age").pipe(z.number().int("booking:eligibility.errors.age")),
  heightCm: wholeNumber(100, 250, "booking:eligibility.errors.height"),
  weightKg: wholeNumber(25, 350, "booking:eligibility.errors.weight"),
  ethnicGroup: z.enum(ethnicGroups, { message: "booking:eligibility.errors.ethnicGroup" }),
  hasDiabetesOrHypertension: yesNo("booking:eligibility.errors.diabetes"),
});

export const ZSmokingAnswers = z.object({
  smokes: yesNo("booking:eligibility.errors.smokes"),
  pregnant: yesNo("booking:eligibility.errors.pregnant"),
});

const optional = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const ZBookingDetails = z
  .object({
    name: z.string({ message: "booking:details.errors.name" }).trim().min(1, "booking:details.errors.name").max(100, "booking:details.errors.nameLong"),
    email: z.preprocess(optional, z.string().trim().toLowerCase().max(254, "booking:details.errors.email").pipe(z.email("booking:details.errors.email")).optional()),
    mobile: z.preprocess(
      optional,
      z
        .string()
        .refine((v) => normaliseMobile(v) !== null, "booking:details.errors.mobile")
        .transform((v) => normaliseMobile(v)!)
        .optional(),
    ),
  })
  .refine((d) => d.email || d.mobile, { message: "booking:details.errors.contact", path: ["email"] });
export type TBookingDetails = z.infer<typeof ZBookingDetails>;
