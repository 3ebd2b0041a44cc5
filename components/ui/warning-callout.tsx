import type { ReactNode } from "react";

export type WarningCalloutProps = {
  heading: ReactNode;
  /** Visually hidden text read before the heading, e.g. a translated "Important:". */
  headingPrefix?: string;
  headingLevel?: 2 | 3;
  children: ReactNode;
};

/** NHS.UK warning callout: yellow box with a tab-style heading label. */
export function WarningCallout({ heading, headingPrefix, headingLevel = 3, children }: WarningCalloutProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="mb-8 mt-10 border border-nhs-yellow bg-nhs-pale-yellow px-4 pb-4 md:px-6 md:pb-6 [&>div>*:last-child]:mb-0">
      <Heading className="relative -top-3 m-0 -ms-4 mb-1 inline-block bg-nhs-yellow px-4 py-1 text-xl md:-ms-6 md:px-6 md:text-2xl">
        {headingPrefix ? <span className="sr-only">{headingPrefix} </span> : null}
        {heading}
      </Heading>
      <div>{children}</div>
    </div>
  );
}
