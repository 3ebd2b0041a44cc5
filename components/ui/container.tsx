import type { ReactNode } from "react";
import { cx } from "./cx";

export type ContainerProps = {
  children: ReactNode;
  className?: string;
};

/** Page-width wrapper: 960px of content plus gutters, centred. */
export function Container({ children, className }: ContainerProps) {
  return <div className={cx("mx-auto w-full max-w-[1024px] px-4 md:px-8", className)}>{children}</div>;
}
