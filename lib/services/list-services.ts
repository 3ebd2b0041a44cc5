import "server-only";
import { asc } from "drizzle-orm";
import { wellbeingServices } from "@/db/schema";
import { getDb } from "@/lib/db";

export async function listWellbeingServices() {
  const db = await getDb();
  return db
    .select({ slug: wellbeingServices.slug, domain: wellbeingServices.domain, bookable: wellbeingServices.bookable, name: wellbeingServices.name, summary: wellbeingServices.summary })
    .from(wellbeingServices)
    .orderBy(asc(wellbeingServices.sortOrder));
}
