import { cx } from "./cx";

export type PaginationLink = {
  href: string;
  /** Pre-translated visible text, e.g. "Previous" / "Next page". */
  label: string;
};

export type PaginationPage =
  | {
      href: string;
      /** Visible page number, already formatted for the locale. */
      number: string | number;
      /** Accessible name, e.g. a translated "Page 3". Should contain the visible number. */
      label: string;
      current?: boolean;
    }
  | { ellipsis: true };

export type PaginationProps = {
  navLabel: string;
  previous?: PaginationLink;
  next?: PaginationLink;
  pages?: PaginationPage[];
};

function Arrow({ direction }: { direction: "previous" | "next" }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
      className={cx("h-3.5 w-4 shrink-0 fill-current", direction === "previous" ? "rtl:-scale-x-100" : "-scale-x-100 rtl:scale-x-100")}
    >
      <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
    </svg>
  );
}

export function Pagination({ navLabel, previous, next, pages = [] }: PaginationProps) {
  return (
    <nav aria-label={navLabel} className="mb-8 print:hidden">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {previous ? (
          <a href={previous.href} rel="prev" className="inline-flex min-h-11 items-center gap-2 px-1 font-semibold">
            <Arrow direction="previous" />
            <span>{previous.label}</span>
          </a>
        ) : null}
        {pages.length > 0 ? (
          <ul className="m-0 flex list-none flex-wrap items-center gap-1 ps-0">
            {pages.map((page, index) =>
              "ellipsis" in page ? (
                <li key={`ellipsis-${index}`} className="m-0 px-2" aria-hidden="true">
                  ⋯
                </li>
              ) : (
                <li key={page.href} className="m-0">
                  <a
                    href={page.href}
                    aria-label={page.label}
                    aria-current={page.current ? "page" : undefined}
                    className={cx(
                      "inline-flex min-h-11 min-w-11 items-center justify-center px-2 font-semibold",
                      page.current &&
                        "bg-nhs-blue text-white no-underline visited:text-white hover:text-white",
                    )}
                  >
                    {page.number}
                  </a>
                </li>
              ),
            )}
          </ul>
        ) : null}
        {next ? (
          <a href={next.href} rel="next" className="inline-flex min-h-11 items-center gap-2 px-1 font-semibold">
            <span>{next.label}</span>
            <Arrow direction="next" />
          </a>
        ) : null}
      </div>
    </nav>
  );
}
