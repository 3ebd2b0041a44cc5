import "server-only";
import { eq } from "drizzle-orm";
import { laps, postcodeAreas, type TI18nText } from "@/db/schema";
import type { TDbOrTx } from "@/db/client";
import { audit } from "@/lib/audit";
import type { TCurrentUser } from "@/lib/auth/session";
import { locales } from "@/lib/i18n/config";
import type { TRenameLap } from "./schemas";

/** Renames a LAP. It stops being "illustrative", so the seed never overwrites an admin's name. */
export async function renameLap(db: TDbOrTx, actor: TCurrentUser, input: TRenameLap): Promise<boolean> {
  const values = input as Record<string, string>;
  const name = Object.fromEntries(locales.map((l) => [l, values[`name_${l}`] ?? ""]).filter(([, v]) => v)) as TI18nText;
  const updated = await db.update(laps).set({ name, illustrative: false, updatedAt: new Date() }).where(eq(laps.code, input.code)).returning({ id: laps.id });
  if (!updated.length) return false;
  await audit(actor, "lap.rename", "lap", input.code, db);
  return true;
}

/** Moves a postcode area to another LAP; returns false when either does not exist. */
export async function remapArea(db: TDbOrTx, actor: TCurrentUser, areaCode: string, lapCode: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [lap] = await tx.select({ id: laps.id }).from(laps).where(eq(laps.code, lapCode));
    if (!lap) return false;
    const moved = await tx.update(postcodeAreas).set({ lapId: lap.id, illustrative: false }).where(eq(postcodeAreas.code, areaCode)).returning({ code: postcodeAreas.code });
    if (!moved.length) return false;
    await audit(actor, "postcode-area.remap", "postcode-area", areaCode, tx);
    return true;
  });
}
