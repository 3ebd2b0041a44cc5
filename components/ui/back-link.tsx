import type { ReactNode } from "react";

export type BackLinkProps = {
  href: string;
  children: ReactNode;
};

export function BackLink({ href, children }: BackLinkProps) {
  return (
    <div className="mb-6 mt-4 print:hidden">
      <a href={href} className="inline-flex items-center gap-1 py-2 text-base">
        {/* Chevron points towards the start edge, so it mirrors in RTL. */}
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          className="h-5 w-5 shrink-0 fill-current rtl:-scale-x-100"
        >
          <path d="M13.4 18.6 7.5 12.7a1 1 0 0 1 0-1.4l5.9-5.9a1 1 0 1 1 1.4 1.4L9.6 12l5.2 5.2a1 1 0 1 1-1.4 1.4Z" />
        </svg>
        <span>{children}</span>
      </a>
    </div>
  );
}
