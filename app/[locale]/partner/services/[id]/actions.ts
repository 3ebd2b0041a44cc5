"use server";
import { formLocale } from "@/lib/i18n/params";
import { notFound, redirect } from "next/navigation";
import { requireActionPermission } from "@/lib/authz/guard";
import { snapshotFromForm, ZListingEdit } from "@/lib/directory/listing-edit";
import { getOwnService, proposeEdit, setTemporarilyClosed } from "@/lib/directory/partner-listings";
import { getDb } from "@/lib/db";


/**
 * The listing id comes from the form, but the organisation never does: ownership is checked against the
 * actor's memberships in the query, and a listing of another organisation is a 404.
 */
export async function proposeEditAction(form: FormData) {
  const actor = await requireActionPermission("listing.update:own");
  const locale = formLocale(form);
  const serviceId = String(form.get("serviceId") ?? "");
  const db = await getDb();
  // Ownership first, so a listing of another organisation is a 404 whatever else was posted.
  if (!(await getOwnService(db, actor, serviceId))) notFound();
  const parsed = ZListingEdit.safeParse(Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""])));
  if (!parsed.success) {
    const errors = new URLSearchParams();
    for (const issue of parsed.error.issues) if (!errors.has(`e_${String(issue.path[0])}`)) errors.set(`e_${String(issue.path[0])}`, issue.message.replace(/^directory:partner\.errors\./, ""));
    redirect(`/${locale}/partner/services/${encodeURIComponent(serviceId)}?${errors.toString()}`);
  }
  const outcome = await proposeEdit(db, actor, serviceId, snapshotFromForm(parsed.data));
  if (outcome === "not-found") notFound();
  redirect(`/${locale}/partner/services/${serviceId}?outcome=${outcome}`);
}

export async function setClosedAction(form: FormData) {
  const actor = await requireActionPermission("listing.update:own");
  const locale = formLocale(form);
  const serviceId = String(form.get("serviceId") ?? "");
  const closed = form.get("closed") === "1";
  const ok = await setTemporarilyClosed(await getDb(), actor, serviceId, closed);
  if (!ok) notFound();
  redirect(`/${locale}/partner/services/${serviceId}?outcome=${closed ? "closed" : "open"}`);
}
