import type { ReactNode } from "react";

export type SkipLinkProps = {
  href?: string;
  children: ReactNode;
};

export function SkipLink({ href = "#main-content", children }: SkipLinkProps) {
  return (
    <a
      href={href}
      className="sr-only focus:not-sr-only focus:block focus:px-4 focus:py-3 focus:text-base focus:font-semibold print:hidden"
    >
      {children}
    </a>
  );
}
