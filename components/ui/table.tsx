import type { ReactNode } from "react";
import { cx } from "./cx";

export type TableProps = {
  caption: ReactNode;
  captionSize?: "s" | "m" | "l";
  head: ReactNode[];
  rows: ReactNode[][];
  /** Zero-based indexes of columns holding numbers: end-aligned, tabular figures. */
  numericColumns?: number[];
  /** Render each row's first cell as a row header (<th scope="row">). */
  firstCellIsHeader?: boolean;
  /** Accessible name of the scrollable region, e.g. a translated "Opening times (scrollable)". */
  scrollLabel: string;
};

const captionSizes = {
  s: "text-base md:text-lg",
  m: "text-xl md:text-2xl",
  l: "text-2xl md:text-4xl",
} as const;

export function Table({
  caption,
  captionSize = "m",
  head,
  rows,
  numericColumns = [],
  firstCellIsHeader,
  scrollLabel,
}: TableProps) {
  const align = (index: number) => (numericColumns.includes(index) ? "text-end tabular-nums" : "text-start");
  return (
    // Focusable so keyboard users can scroll it (WCAG 2.1.1); tables are exempt
    // from 320px reflow but the page around them must not scroll sideways. `relative` keeps visually hidden
    // (absolutely positioned) text inside the scroll box, where it would otherwise widen the page.
    <div role="region" aria-label={scrollLabel} tabIndex={0} className="relative mb-8 max-w-full overflow-x-auto">
      <table className="w-full border-collapse text-base md:text-lg">
        <caption className={cx("mb-3 text-start font-bold", captionSizes[captionSize])}>{caption}</caption>
        <thead>
          <tr>
            {head.map((cell, index) => (
              <th
                key={index}
                scope="col"
                className={cx("border-b-2 border-nhs-text px-3 py-2 align-bottom font-semibold first:ps-0", align(index))}
              >
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) => {
                const className = cx("border-b border-nhs-grey-4 px-3 py-2 align-top first:ps-0", align(index));
                return firstCellIsHeader && index === 0 ? (
                  <th key={index} scope="row" className={cx(className, "font-semibold")}>
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={className}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
