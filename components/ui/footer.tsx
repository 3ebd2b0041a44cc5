import type { ReactNode } from "react";
import { Container } from "./container";

export type FooterLink = { href: string; label: string };

export type FooterProps = {
  links: FooterLink[];
  meta?: ReactNode;
  navLabel: string;
};

export function Footer({ links, meta, navLabel }: FooterProps) {
  return (
    <footer className="mt-12 border-t-4 border-nhs-blue bg-nhs-grey-5 py-8 text-base print:hidden">
      <Container>
        {links.length > 0 ? (
          <nav aria-label={navLabel}>
            <ul className="m-0 flex list-none flex-col gap-y-2 ps-0 sm:flex-row sm:flex-wrap sm:gap-x-8">
              {links.map((link) => (
                <li key={link.href} className="m-0">
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {meta ? <div className="mt-6 text-nhs-secondary-text">{meta}</div> : null}
      </Container>
    </footer>
  );
}
