import "server-only";
import i18next, { type i18n, type TFunction } from "i18next";
import { defaultLocale, namespaces, type TLocale, type TNamespace } from "./config";
import { loadResources } from "./resources";

const instances = new Map<TLocale, i18n>();

function instanceFor(locale: TLocale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: defaultLocale,
      supportedLngs: false,
      resources: loadResources(),
      ns: [...namespaces],
      defaultNS: "common",
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    instances.set(locale, instance);
  }
  return instance;
}

/** A translator fixed to one locale and namespace, for server components, actions and notifications. */
export function getT(locale: TLocale, ns: TNamespace = "common"): TFunction {
  return instanceFor(locale).getFixedT(locale, ns);
}

/** The raw resources of some namespaces, to hand to client components (react-i18next). */
export function clientResources(locale: TLocale, ns: TNamespace[]) {
  const all = loadResources();
  return Object.fromEntries(ns.map((n) => [n, all[locale][n]])) as Record<TNamespace, Record<string, unknown>>;
}
