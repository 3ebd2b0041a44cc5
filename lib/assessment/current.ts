import "server-only";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getAssessment, latestOpenAssessmentFor, type TAssessmentRow } from "./store";

/**
 * Which assessment this browser is working on. Anonymous residents carry its id in an httpOnly session cookie
 * (closing the browser forgets it; the resume code brings it back). Signed-in residents also find their latest
 * open assessment from their account. An assessment that belongs to an account is only ever shown to that account.
 */
export const ASSESSMENT_COOKIE = "assessment_id";
export const CODE_COOKIE = "assessment_code";
export const FLASH_COOKIE = "assessment_flash";

export const cookieOptions = () => ({ httpOnly: true, sameSite: "lax" as const, path: "/", secure: env().NEXTAUTH_URL.startsWith("https://") });

export async function getCurrentAssessment(): Promise<TAssessmentRow | null> {
  const jar = await cookies();
  const db = await getDb();
  const user = await getCurrentUser();
  const id = jar.get(ASSESSMENT_COOKIE)?.value;
  const row = id ? await getAssessment(db, id) : null;
  if (row && (!row.userId || row.userId === user?.id)) return row;
  if (user?.role === "resident") return latestOpenAssessmentFor(db, user.id);
  return null;
}

/** The plain resume code is only known to the browser that started or resumed the assessment. */
export async function currentResumeCode(): Promise<string | null> {
  return (await cookies()).get(CODE_COOKIE)?.value ?? null;
}

export type TFlash = { q: string; field: string; error: string; values: Record<string, string> };

/** A failed answer's error and typed values, shown once on the question page (post/redirect/get without JS). */
export async function readFlash(questionId: string): Promise<TFlash | null> {
  const raw = (await cookies()).get(FLASH_COOKIE)?.value;
  if (!raw) return null;
  try {
    const flash = JSON.parse(raw) as TFlash;
    return flash.q === questionId ? flash : null;
  } catch {
    return null;
  }
}
