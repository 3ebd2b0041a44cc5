import type { ReactNode } from "react";
import { Container } from "./container";

export type PhaseBannerProps = {
  tag: string;
  children: ReactNode;
};

export function PhaseBanner({ tag, children }: PhaseBannerProps) {
  return (
    <div className="border-b border-nhs-grey-4 bg-white py-2 print:hidden">
      <Container>
        <p className="m-0 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-base">
          <strong className="inline-block border border-nhs-dark-blue bg-nhs-pale-blue px-2 py-0.5 text-sm font-semibold text-nhs-dark-blue">
            {tag}
          </strong>
          <span>{children}</span>
        </p>
      </Container>
    </div>
  );
}
