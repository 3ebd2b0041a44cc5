import type { ReactNode } from "react";
import { cx } from "./cx";

export type FieldsetProps = {
  legend: ReactNode;
  /** Render the legend as the page's h1 (GOV.UK one-question-per-page pattern). */
  legendAsHeading?: boolean;
  /** Space-separated ids of hint/error text that describe the whole group. */
  describedBy?: string;
  className?: string;
  children: ReactNode;
};

export function Fieldset({ legend, legendAsHeading, describedBy, className, children }: FieldsetProps) {
  return (
    // min-w-0: fieldsets default to min-content width, which breaks 320px reflow.
    <fieldset aria-describedby={describedBy} className={cx("m-0 min-w-0 border-0 p-0", className)}>
      {legendAsHeading ? (
        <legend className="mb-4 p-0">
          <h1 className="m-0 text-3xl leading-tight md:text-5xl">{legend}</h1>
        </legend>
      ) : (
        <legend className="mb-3 p-0 text-lg font-semibold leading-snug md:text-xl">{legend}</legend>
      )}
      {children}
    </fieldset>
  );
}
