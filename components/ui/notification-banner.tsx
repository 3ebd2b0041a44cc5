import { useId, type ReactNode } from "react";
import { cx } from "./cx";

export type NotificationBannerProps = {
  /** Short band label, e.g. a translated "Important" or "Success". */
  title: ReactNode;
  children: ReactNode;
  variant?: "info" | "success";
  /** Defaults to "region" (info) or "alert" (success), as GOV.UK Frontend does. */
  role?: "region" | "alert" | "status";
  id?: string;
};

export function NotificationBanner({ title, children, variant = "info", role, id }: NotificationBannerProps) {
  const generatedId = useId();
  const titleId = `${id ?? `notification${generatedId.replace(/[^a-zA-Z0-9_-]/g, "")}`}-title`;
  const resolvedRole = role ?? (variant === "success" ? "alert" : "region");
  const band = variant === "success" ? "border-nhs-green bg-nhs-green" : "border-nhs-blue bg-nhs-blue";
  return (
    <div
      id={id}
      role={resolvedRole}
      aria-labelledby={titleId}
      className={cx("mb-8 border-4", band)}
    >
      <div className="px-4 py-1 md:px-5">
        <h2 id={titleId} className="m-0 text-base font-semibold text-white md:text-lg">
          {title}
        </h2>
      </div>
      <div className="bg-white px-4 py-4 md:px-5 md:py-5 [&>*:last-child]:mb-0 [&_h3]:text-xl md:[&_h3]:text-2xl">
        {children}
      </div>
    </div>
  );
}
