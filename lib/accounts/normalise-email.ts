import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "errors:email.tooLong")
  .pipe(z.email("errors:email.invalid"));

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
