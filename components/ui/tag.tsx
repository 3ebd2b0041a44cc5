import type { ReactNode } from "react";
import { cx } from "./cx";

export type TagColour = "grey" | "green" | "blue" | "yellow" | "orange" | "red" | "purple" | "white";

// GOV.UK Frontend v5 tag palette; every pair is >= 6:1. The border repeats the
// text colour so the tag keeps an edge in forced-colours mode.
const colours: Record<TagColour, string> = {
  grey: "bg-[#e5e6e7] text-[#282d30] border-[#282d30]",
  green: "bg-[#cce2d8] text-[#005a30] border-[#005a30]",
  blue: "bg-[#bbd4ea] text-[#0c2d4a] border-[#0c2d4a]",
  yellow: "bg-[#fff7bf] text-[#594d00] border-[#594d00]",
  orange: "bg-[#fcd6c3] text-[#6e3619] border-[#6e3619]",
  red: "bg-[#f4cdc6] text-[#2a0b06] border-[#2a0b06]",
  purple: "bg-[#dbd5e9] text-[#491644] border-[#491644]",
  white: "bg-white text-nhs-text border-nhs-text",
};

export type TagProps = {
  colour: TagColour;
  children: ReactNode;
  className?: string;
};

export function Tag({ colour, children, className }: TagProps) {
  return (
    <strong
      className={cx(
        "inline-block max-w-full border px-2 py-0.5 text-sm font-semibold leading-snug",
        colours[colour],
        className,
      )}
    >
      {children}
    </strong>
  );
}
