import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";

/**
 * What the resident has told us so far in this booking, kept in a short-lived, http-only cookie rather than the
 * address bar, so health answers and contact details do not end up in browser history or server logs.
 */
const COOKIE = "nwp_booking";
const ZFlow = z.object({
  service: z.string().optional(),
  eligible: z.boolean().optional(),
  prioritised: z.boolean().optional(),
  /** The eligibility decision to show (status, reasons, BMI), never the raw answers. */
  result: z.unknown().optional(),
  name: z.string().optional(),
  email: z.string().optional(),
  mobile: z.string().optional(),
});
export type TFlow = z.infer<typeof ZFlow>;

export async function readFlow(): Promise<TFlow> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return {};
  try {
    const parsed = ZFlow.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export async function writeFlow(update: Partial<TFlow>) {
  const next = { ...(await readFlow()), ...update };
  (await cookies()).set(COOKIE, Buffer.from(JSON.stringify(next)).toString("base64url"), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: 60 * 60,
  });
}
