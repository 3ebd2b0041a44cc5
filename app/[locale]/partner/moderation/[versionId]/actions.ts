"use server";
import { formLocale } from "@/lib/i18n/params";
import { notFound, redirect } from "next/navigation";
import { requireActionPermission } from "@/lib/authz/guard";
import { toPlainText } from "@/lib/directory/listing-edit";
import { approveEdit, rejectEdit } from "@/lib/directory/partner-listings";
import { getDb } from "@/lib/db";

const versionOf = (form: FormData) => {
  const n = Number.parseInt(String(form.get("versionId") ?? ""), 10);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

export async function approveAction(form: FormData) {
  const moderator = await requireActionPermission("listing.moderate:any");
  const locale = formLocale(form);
  const id = versionOf(form);
  if (!id || !(await approveEdit(await getDb(), moderator, id))) notFound();
  redirect(`/${locale}/partner/moderation?outcome=approved`);
}

export async function rejectAction(form: FormData) {
  const moderator = await requireActionPermission("listing.moderate:any");
  const locale = formLocale(form);
  const id = versionOf(form);
  if (!id) notFound();
  const reason = toPlainText(String(form.get("reason") ?? "")).slice(0, 500);
  if (!reason) redirect(`/${locale}/partner/moderation/${id}?error=reason`);
  if (!(await rejectEdit(await getDb(), moderator, id, reason))) notFound();
  redirect(`/${locale}/partner/moderation?outcome=rejected`);
}
