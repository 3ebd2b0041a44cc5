import type { ReactNode } from "react";
import { ChoiceGroup, type ChoiceOption } from "./choice-group";

export type RadioOption = ChoiceOption & {
  /** Text shown above this option, e.g. a translated "or". */
  divider?: ReactNode;
};

export type RadiosProps = {
  name: string;
  idPrefix?: string;
  legend: ReactNode;
  legendAsHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  errorPrefix?: string;
  options: RadioOption[];
  defaultValue?: string;
  inline?: boolean;
  small?: boolean;
};

export function Radios({ defaultValue, ...props }: RadiosProps) {
  return <ChoiceGroup kind="radio" isChecked={(value) => value === defaultValue} {...props} />;
}
