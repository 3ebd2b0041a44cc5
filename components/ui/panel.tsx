import type { ReactNode } from "react";

export type PanelProps = {
  title: ReactNode;
  children?: ReactNode;
  headingLevel?: 1 | 2;
};

/** Green confirmation panel (GOV.UK panel / NHS confirmation). */
export function Panel({ title, children, headingLevel = 1 }: PanelProps) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    // Transparent border: visible as an edge in forced-colours mode.
    <div className="mb-8 border-4 border-transparent bg-nhs-green p-6 text-center text-white md:p-8">
      <Heading className="mx-auto mb-4 mt-0 text-3xl text-white md:text-5xl">{title}</Heading>
      {children ? (
        <div className="mx-auto text-xl md:text-2xl [&_a]:text-white [&_a:visited]:text-white [&_p]:mx-auto [&_p]:mb-0">
          {children}
        </div>
      ) : null}
    </div>
  );
}
