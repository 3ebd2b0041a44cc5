import type { ReactNode } from "react";
import { Container } from "./container";

export type HeaderProps = {
  serviceName: string;
  homeHref: string;
  organisationName?: string;
  languageSwitcher?: ReactNode;
  account?: ReactNode;
  nav?: ReactNode;
  /** A <PhaseBanner>, rendered inside the banner landmark so no content sits outside a landmark. */
  phaseBanner?: ReactNode;
};

// Slots (language switcher, account, nav) sit on NHS blue, so their links are
// forced to white here rather than every caller remembering to do it.
const onBlueLinks = "[&_a]:text-white [&_a:visited]:text-white [&_a:hover]:text-white";

export function Header({ serviceName, homeHref, organisationName, languageSwitcher, account, nav, phaseBanner }: HeaderProps) {
  return (
    <header className="bg-nhs-blue text-white">
      <Container className="flex flex-wrap items-center justify-between gap-x-8 gap-y-3 py-4">
        <a
          href={homeHref}
          className="group inline-block py-1 text-white no-underline visited:text-white hover:text-white"
        >
          {organisationName ? (
            <span className="block text-sm font-semibold leading-tight md:text-base">{organisationName}</span>
          ) : null}
          <span className="block text-xl font-bold leading-tight group-hover:underline md:text-2xl">
            {serviceName}
          </span>
        </a>
        {languageSwitcher || account ? (
          <div className={`flex flex-wrap items-center gap-x-6 gap-y-2 print:hidden ${onBlueLinks}`}>
            {languageSwitcher}
            {account}
          </div>
        ) : null}
      </Container>
      {nav ? (
        <div className={`border-t border-white/40 print:hidden ${onBlueLinks}`}>
          <Container>{nav}</Container>
        </div>
      ) : null}
      {phaseBanner ? <div className="text-nhs-text">{phaseBanner}</div> : null}
    </header>
  );
}
