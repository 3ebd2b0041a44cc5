import type { ReactNode } from "react";
import { cx } from "./cx";

export type SummaryListAction = {
  href: string;
  /** Visible link text, e.g. a translated "Change". */
  label: string;
  /** Appended for screen readers so each link is unique, e.g. "date of birth". */
  visuallyHiddenText: string;
};

export type SummaryListRow = {
  key: ReactNode;
  value: ReactNode;
  action?: SummaryListAction;
};

export type SummaryListProps = {
  rows: SummaryListRow[];
  noBorder?: boolean;
};

export function SummaryList({ rows, noBorder }: SummaryListProps) {
  return (
    <dl className="mb-8 mt-0 text-base md:text-lg">
      {rows.map((row, index) => (
        <div
          key={index}
          className={cx(
            "py-3 md:grid md:grid-cols-[minmax(0,3fr)_minmax(0,5fr)_minmax(0,2fr)] md:gap-x-6",
            !noBorder && "border-b border-nhs-grey-4",
          )}
        >
          <dt className="mb-1 font-semibold md:mb-0">{row.key}</dt>
          <dd className={cx("m-0 [&>p:last-child]:mb-0", !row.action && "md:col-span-2")}>{row.value}</dd>
          {row.action ? (
            <dd className="m-0 mt-2 md:mt-0 md:text-end">
              <a href={row.action.href}>
                {row.action.label}
                <span className="sr-only"> {row.action.visuallyHiddenText}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
