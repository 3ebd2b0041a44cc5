import { useId } from "react";

export type ProgressIndicatorProps = {
  /** Pre-formatted text, e.g. a translated "Question 3 of 20". */
  label: string;
  current: number;
  total: number;
};

export function ProgressIndicator({ label, current, total }: ProgressIndicatorProps) {
  const labelId = `progress${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const max = Math.max(total, 1);
  const value = Math.min(Math.max(current, 0), max);
  return (
    <div className="mb-6">
      <p id={labelId} className="mb-2 text-base text-nhs-secondary-text md:text-lg">
        {label}
      </p>
      <progress aria-labelledby={labelId} value={value} max={max} className="nwp-progress">
        {label}
      </progress>
    </div>
  );
}
