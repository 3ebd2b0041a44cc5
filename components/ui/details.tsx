import type { ReactNode } from "react";

export type DetailsProps = {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
};

/** Native <details>: works without JS, and the browser's marker mirrors in RTL. */
export function Details({ summary, children, open }: DetailsProps) {
  return (
    <details open={open} className="group mb-6">
      <summary className="w-fit max-w-full cursor-pointer py-1 text-nhs-blue hover:text-nhs-link-hover hover:[&>span]:decoration-2">
        <span className="ps-1 underline decoration-1 underline-offset-4">{summary}</span>
      </summary>
      <div className="mt-3 border-s-4 border-nhs-grey-4 ps-4 md:ps-6 [&>*:last-child]:mb-0">{children}</div>
    </details>
  );
}
