import type { ReactNode } from "react";

export type ErrorMessageProps = {
  id: string;
  children: ReactNode;
  /** Visually hidden prefix read before the message, e.g. a translated "Error:". */
  prefix?: string;
};

export function ErrorMessage({ id, children, prefix }: ErrorMessageProps) {
  return (
    <p id={id} className="mb-3 mt-0 block font-semibold text-nhs-red">
      {prefix ? <span className="sr-only">{prefix} </span> : null}
      {children}
    </p>
  );
}
