import type { Metadata } from "next";
import type { TNamespace } from "./config";
import { resolveLocale } from "./params";
import { getT } from "./server";

/** `export const generateMetadata = pageTitle("info", "privacy.title")`: the page's <title> in its language. */
export function pageTitle(ns: TNamespace, key: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => ({ title: getT(await resolveLocale(params), ns)(key) });
}
