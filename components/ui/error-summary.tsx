import { ErrorSummaryFocus } from "./error-summary-focus";

export type ErrorSummaryItem = { href: string; message: string };

export type ErrorSummaryProps = {
  title: string;
  errors: ErrorSummaryItem[];
  id?: string;
  /** Set false to skip moving focus on mount (e.g. when several summaries could render). */
  autoFocus?: boolean;
};

export function ErrorSummary({ title, errors, id, autoFocus = true }: ErrorSummaryProps) {
  const summaryId = id ?? "error-summary";
  const titleId = `${summaryId}-title`;
  if (errors.length === 0) return null;
  return (
    <div
      id={summaryId}
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      className="mb-8 border-4 border-nhs-red bg-white p-4 md:p-6"
    >
      <h2 id={titleId} className="mb-4 mt-0 text-xl md:text-2xl">
        {title}
      </h2>
      <ul className="m-0 list-none ps-0">
        {errors.map((error, index) => (
          <li key={`${error.href}-${index}`} className="mb-2 last:mb-0">
            <a
              href={error.href}
              className="font-semibold text-nhs-red visited:text-nhs-red hover:text-nhs-dark-red"
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
      {autoFocus ? <ErrorSummaryFocus targetId={summaryId} /> : null}
    </div>
  );
}
