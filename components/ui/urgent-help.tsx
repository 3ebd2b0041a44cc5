import { useId, type ReactNode } from "react";

export type UrgentHelpProps = {
  heading: ReactNode;
  /** Visually hidden text read before the heading, e.g. a translated "Urgent advice:". */
  headingPrefix?: string;
  headingLevel?: 2 | 3;
  children: ReactNode;
  id?: string;
};

/**
 * NHS.UK "immediate action required" care card for crisis and safeguarding
 * content. A named region so screen reader users can jump straight to it.
 */
export function UrgentHelp({ heading, headingPrefix, headingLevel = 2, children, id }: UrgentHelpProps) {
  const generatedId = useId();
  const headingId = `${id ?? `urgent-help${generatedId.replace(/[^a-zA-Z0-9_-]/g, "")}`}-heading`;
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <div id={id} role="region" aria-labelledby={headingId} className="mb-8 border-4 border-nhs-red bg-white">
      <Heading id={headingId} className="m-0 bg-nhs-red px-4 py-3 text-xl text-white md:px-6 md:text-2xl">
        {headingPrefix ? <span className="sr-only">{headingPrefix} </span> : null}
        {heading}
      </Heading>
      <div className="px-4 py-4 md:px-6 md:py-6 [&>*:last-child]:mb-0">{children}</div>
    </div>
  );
}
