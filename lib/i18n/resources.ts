import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { locales, namespaces, type TLocale, type TNamespace } from "./config";

type TResources = Record<TLocale, Record<TNamespace, Record<string, unknown>>>;

let cache: TResources | undefined;

/** Loads every UI string once per process from locales/<lng>/<ns>.json. */
export function loadResources(): TResources {
  if (cache) return cache;
  const root = path.join(process.cwd(), "locales");
  const out = {} as TResources;
  for (const lng of locales) {
    out[lng] = {} as TResources[TLocale];
    for (const ns of namespaces) {
      try {
        out[lng][ns] = JSON.parse(readFileSync(path.join(root, lng, `${ns}.json`), "utf8")) as Record<string, unknown>;
      } catch {
        out[lng][ns] = {};
      }
    }
  }
  cache = out;
  return out;
}
