import { notFound } from "next/navigation";
import { Gallery } from "@/components/ui/gallery";
import { isProduction } from "@/lib/env";
import { resolveLocale } from "@/lib/i18n/params";

/** Development only: every design-system component on one page, for review and the axe check. */
export default async function ComponentsPage({ params }: { params: Promise<{ locale: string }> }) {
  await resolveLocale(params);
  if (isProduction()) notFound();
  return <Gallery standalone={false} />;
}
