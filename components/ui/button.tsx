import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from "react";
import { cx } from "./cx";

export type ButtonVariant = "primary" | "secondary" | "warning" | "reverse";

// Focus state lives in globals.css (.nwp-button:focus-visible) so it cannot be
// overridden by these utilities. No outer margin: without tailwind-merge a
// caller's margin class could not reliably override one set here, so spacing
// belongs to the layout around the button.
const base =
  "nwp-button relative inline-flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded border-2 px-4 py-2 text-center text-base font-semibold leading-tight no-underline active:translate-y-1 active:shadow-none disabled:cursor-not-allowed disabled:opacity-60 md:text-lg";

const variants: Record<ButtonVariant, string> = {
  primary:
    "border-transparent bg-nhs-green text-white shadow-[0_4px_0_var(--color-nhs-dark-green)] visited:text-white hover:bg-[#00662f] hover:text-white active:bg-nhs-dark-green",
  secondary:
    "border-nhs-blue bg-transparent text-nhs-blue shadow-[0_4px_0_var(--color-nhs-blue)] visited:text-nhs-blue hover:bg-nhs-pale-blue hover:text-nhs-blue active:bg-nhs-pale-blue",
  warning:
    "border-transparent bg-nhs-red text-white shadow-[0_4px_0_var(--color-nhs-dark-red)] visited:text-white hover:bg-[#aa2016] hover:text-white active:bg-nhs-dark-red",
  reverse:
    "border-transparent bg-white text-nhs-text shadow-[0_4px_0_var(--color-nhs-text)] visited:text-nhs-text hover:bg-nhs-grey-5 hover:text-nhs-text active:bg-nhs-grey-4",
};

export function buttonClasses(variant: ButtonVariant = "primary", className?: string): string {
  return cx(base, variants[variant], className);
}

// `style` is excluded: the CSP forbids inline style attributes.
export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "style"> & {
  variant?: ButtonVariant;
};

export function Button({ variant = "primary", type = "submit", className, children, ...rest }: ButtonProps) {
  return (
    <button type={type} className={buttonClasses(variant, className)} {...rest}>
      {children}
    </button>
  );
}

export type ButtonLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "style"> & {
  href: string;
  variant?: ButtonVariant;
};

export function ButtonLink({ variant = "primary", className, children, ...rest }: ButtonLinkProps) {
  return (
    <a className={buttonClasses(variant, className)} {...rest}>
      {children}
    </a>
  );
}
