import type { ReactNode } from "react";

export type InsetTextProps = {
  children: ReactNode;
  /** Visually hidden text read first, e.g. a translated "Information:". */
  prefix?: string;
};

export function InsetText({ children, prefix }: InsetTextProps) {
  return (
    <div className="my-8 border-s-8 border-nhs-blue bg-white px-4 py-4 md:px-6 [&>*:last-child]:mb-0">
      {prefix ? <span className="sr-only">{prefix} </span> : null}
      {children}
    </div>
  );
}
