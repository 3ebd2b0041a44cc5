import type { Metadata } from "next";
import { DirectoryResultList } from "@/components/directory/result-list";
import { DirectorySearchForm } from "@/components/directory/search-form";
import { ErrorSummary, InsetText, Pagination, type PaginationPage } from "@/components/ui";
import { getSearchOptions } from "@/lib/directory/get-service";
import { parseDirectorySearch } from "@/lib/directory/schemas";
import { searchServices } from "@/lib/directory/search-services";
import { getDb } from "@/lib/db";
import { formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/params";
import { getT } from "@/lib/i18n/server";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: getT(await resolveLocale(params), "directory")("title") };
}

const FIELDS = ["q", "need", "postcode", "radius", "lap", "day", "time", "language", "free", "age", "mode"] as const;

export default async function DirectoryPage({ params, searchParams }: TProps) {
  const locale = await resolveLocale(params);
  const raw = await searchParams;
  const t = getT(locale, "directory");
  const tc = getT(locale, "common");
  const te = (key: string | undefined) => (key ? getT(locale)(key) : undefined);
  const { search, errors: parseErrors } = parseDirectorySearch(raw);
  const values = Object.fromEntries(FIELDS.map((f) => [f, typeof raw[f] === "string" ? (raw[f] as string).slice(0, 400) : ""]));
  const db = await getDb();
  const [options, result] = await Promise.all([getSearchOptions(db), searchServices(db, search)]);

  const errors: Record<string, string | undefined> = Object.fromEntries(Object.entries(parseErrors).map(([k, v]) => [k, te(v)]));
  if (result.kind === "unknown-postcode") errors.postcode = t("errors.postcodeUnknown");
  if (result.kind === "nothing-to-search") errors.q = t("errors.nothingToSearch");
  const errorList = Object.entries(errors).filter((e): e is [string, string] => !!e[1]).map(([field, message]) => ({ href: `#${field}`, message }));

  const hasSearch = FIELDS.some((f) => values[f]);
  const pageHref = (page: number) => {
    const qs = new URLSearchParams();
    for (const f of FIELDS) if (values[f]) qs.set(f, values[f]!);
    if (page > 1) qs.set("page", String(page));
    const s = qs.toString();
    return `/${locale}/directory${s ? `?${s}` : ""}`;
  };

  return (
    <>
      <ErrorSummary title={tc("errorSummaryTitle")} errors={errorList} />
      <h1>{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] lg:gap-x-10">
        <div>
          <DirectorySearchForm locale={locale} t={t} errorPrefix={tc("errorPrefix")} values={values} search={search} errors={errors} terms={options.terms} laps={options.laps} />
        </div>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t("results.heading")}</h2>
          {result.kind === "ok" ? (
            <>
              <p className="font-semibold" role="status" data-testid="result-count">
                {t("results.count", { count: result.total, formatted: formatNumber(result.total, locale) })}
                {result.pageCount > 1 ? ` · ${t("results.pageOf", { page: formatNumber(result.page, locale), pages: formatNumber(result.pageCount, locale) })}` : ""}
              </p>
              {result.origin ? <p>{t("results.near", { postcode: result.origin.postcode, town: result.origin.town })}</p> : null}
              {result.total === 0 ? <InsetText>{t("results.none")}</InsetText> : <DirectoryResultList locale={locale} t={t} hits={result.hits} />}
              {result.pageCount > 1 ? (
                <Pagination
                  navLabel={tc("pagination.label")}
                  previous={result.page > 1 ? { href: pageHref(result.page - 1), label: tc("pagination.previous") } : undefined}
                  next={result.page < result.pageCount ? { href: pageHref(result.page + 1), label: tc("pagination.next") } : undefined}
                  pages={pageNumbers(result.page, result.pageCount).map(
                    (p): PaginationPage => (p === null ? { ellipsis: true } : { href: pageHref(p), number: formatNumber(p, locale), label: tc("pagination.page", { number: formatNumber(p, locale) }), current: p === result.page }),
                  )}
                />
              ) : null}
            </>
          ) : (
            <InsetText>{hasSearch ? (errors.postcode ?? errors.q) : null}</InsetText>
          )}
        </section>
      </div>
    </>
  );
}

/** 1 … 4 5 6 … 12: the first, last and neighbouring pages. */
function pageNumbers(current: number, count: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= count; p++) {
    if (p === 1 || p === count || Math.abs(p - current) <= 1) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
