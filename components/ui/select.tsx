import { FieldFrame, controlClasses, describedByIds, type FieldBaseProps } from "./form-field";

export type SelectOption = { value: string; label: string };

export type SelectProps = FieldBaseProps & {
  name: string;
  options: SelectOption[];
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  widthClass?: string;
};

export function Select({
  id,
  name,
  label,
  labelAsHeading,
  options,
  defaultValue,
  hint,
  error,
  errorPrefix,
  autoComplete,
  required,
  widthClass = "w-full sm:w-auto sm:min-w-64",
}: SelectProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      labelAsHeading={labelAsHeading}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
    >
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds(id, hint, error)}
        className={controlClasses(Boolean(error), `h-11 ${widthClass}`)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
