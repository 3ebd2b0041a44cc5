"use server";
import { formLocale } from "@/lib/i18n/params";
import { redirect } from "next/navigation";
import { ZRemapArea, ZRenameLap } from "@/lib/geo/schemas";
import { remapArea, renameLap } from "@/lib/geo/update-lap";
import { requireActionPermission } from "@/lib/authz/guard";
import { getDb } from "@/lib/db";

/** Plain form posts (no JavaScript needed): each action redirects back to the page with the outcome. */

const errorKey = (message: string | undefined) => (message?.startsWith("errors:") ? message.slice("errors:".length) : "generic");

export async function renameLapAction(form: FormData) {
  const actor = await requireActionPermission("reference.laps:update");
  const locale = formLocale(form);
  const values = Object.fromEntries([...form.entries()].filter(([k]) => k.startsWith("name_") || k === "code").map(([k, v]) => [k, String(v)]));
  const parsed = ZRenameLap.safeParse(values);
  const code = encodeURIComponent(String(values.code ?? ""));
  if (!parsed.success) redirect(`/${locale}/admin/laps/${code}?error=${errorKey(parsed.error.issues[0]?.message)}`);
  const ok = await renameLap(await getDb(), actor, parsed.data);
  redirect(ok ? `/${locale}/admin/laps/${code}?saved=1` : `/${locale}/admin/laps`);
}

export async function remapAreaAction(form: FormData) {
  const actor = await requireActionPermission("reference.laps:update");
  const locale = formLocale(form);
  const from = encodeURIComponent(String(form.get("fromLap") ?? ""));
  const parsed = ZRemapArea.safeParse({ areaCode: form.get("areaCode"), lapCode: form.get("lapCode") });
  const ok = parsed.success && (await remapArea(await getDb(), actor, parsed.data.areaCode, parsed.data.lapCode));
  if (!ok) redirect(`/${locale}/admin/laps/${from}?error=lap.unknown`);
  redirect(`/${locale}/admin/laps/${from}?moved=${encodeURIComponent(parsed.data!.areaCode)}&to=${parsed.data!.lapCode}`);
}
