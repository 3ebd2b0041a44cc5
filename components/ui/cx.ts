export type ClassValue = string | false | null | undefined | 0;

/** Joins truthy class names. A dependency-free stand-in for clsx. */
export function cx(...classes: ClassValue[]): string {
  return classes.filter(Boolean).join(" ");
}
