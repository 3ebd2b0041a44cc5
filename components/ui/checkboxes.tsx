import type { ReactNode } from "react";
import { ChoiceGroup, type ChoiceOption } from "./choice-group";

export type CheckboxOption = ChoiceOption & {
  /** Marks a "None of these" style option. Only a data attribute: the server enforces exclusivity. */
  exclusive?: boolean;
  /** Text shown above this option, e.g. a translated "or" before the exclusive option. */
  divider?: ReactNode;
};

export type CheckboxesProps = {
  name: string;
  idPrefix?: string;
  legend: ReactNode;
  legendAsHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  errorPrefix?: string;
  options: CheckboxOption[];
  defaultValues?: string[];
  inline?: boolean;
  small?: boolean;
};

export function Checkboxes({ defaultValues = [], ...props }: CheckboxesProps) {
  return <ChoiceGroup kind="checkbox" isChecked={(value) => defaultValues.includes(value)} {...props} />;
}
