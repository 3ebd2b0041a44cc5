import type { ReactNode } from "react";
import { cx } from "./cx";
import { ErrorMessage } from "./error-message";

/**
 * Shared plumbing for single-control fields (text input, textarea, select):
 * the form group with the thick start-edge error border, label (optionally as
 * the page h1), hint and error, plus the ids they expose to aria-describedby.
 */
export type FieldBaseProps = {
  id: string;
  label: ReactNode;
  labelAsHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  errorPrefix?: string;
};

export function describedByIds(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function formGroupClasses(hasError: boolean, className?: string): string {
  return cx("mb-6", hasError && "border-s-4 border-nhs-red ps-4", className);
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return <div id={id} className="mb-3 text-nhs-secondary-text">{children}</div>;
}

export function FieldFrame({
  id,
  label,
  labelAsHeading,
  hint,
  error,
  errorPrefix,
  children,
}: FieldBaseProps & { children: ReactNode }) {
  const labelEl = (
    <label
      htmlFor={id}
      className={cx("mb-2 block", labelAsHeading ? "text-3xl font-bold leading-tight md:text-5xl" : "font-semibold")}
    >
      {label}
    </label>
  );
  return (
    <div className={formGroupClasses(Boolean(error))}>
      {labelAsHeading ? <h1 className="m-0 mb-4">{labelEl}</h1> : labelEl}
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? (
        <ErrorMessage id={`${id}-error`} prefix={errorPrefix}>
          {error}
        </ErrorMessage>
      ) : null}
      {children}
    </div>
  );
}

export function controlClasses(hasError: boolean, className?: string): string {
  return cx(
    "block max-w-full rounded-none border-2 bg-white px-2 text-nhs-text",
    hasError ? "border-nhs-red" : "border-nhs-input-border",
    className,
  );
}
