"use server";
import { formLocale } from "@/lib/i18n/params";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ASSESSMENT_COOKIE, CODE_COOKIE, cookieOptions } from "@/lib/assessment/current";
import { startAssessment } from "@/lib/assessment/store";
import { requireActionPermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";

const ZAssisted = z.object({
  channel: z.enum(["advisor", "vcse"], { error: "assessment:assisted.errorChannel" }),
  venue: z.string().trim().min(1, { error: "assessment:assisted.errorVenue" }).max(120, { error: "assessment:assisted.errorVenue" }),
});

/** Assisted mode: the staff member is recorded as the helper (from the session, never the form), with channel and venue. */
export async function startAssistedAction(fd: FormData) {
  const user = await requireActionPermission("assessment.assist:create");
  const locale = formLocale(fd);
  const parsed = ZAssisted.safeParse({ channel: fd.get("channel"), venue: fd.get("venue") ?? "" });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "venue");
    redirect(`/${locale}/staff/assessment?error=${field}#${field}`);
  }
  const { id, code } = await startAssessment(await getDb(), { channel: parsed.data.channel, venue: parsed.data.venue, assistedBy: user.id });
  const jar = await cookies();
  jar.set(ASSESSMENT_COOKIE, id, cookieOptions());
  jar.set(CODE_COOKIE, code, cookieOptions());
  redirect(`/${locale}/assessment/code`);
}
