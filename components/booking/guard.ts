import "server-only";
import { notFound, redirect } from "next/navigation";
import { readFlow } from "@/lib/booking/flow-cookie";
import { ZBookableService } from "@/lib/booking/schemas";
import type { TLocale } from "@/lib/i18n/config";

/** The later steps need the eligibility answers: without them (new tab, expired cookie) start at the questions. */
export async function requireEligible(locale: TLocale, rawService: string) {
  const service = ZBookableService.safeParse(rawService);
  if (!service.success) notFound();
  const flow = await readFlow();
  if (flow.service !== service.data || flow.eligible !== true) redirect(`/${locale}/book/${service.data}/eligibility`);
  return { service: service.data, flow };
}
