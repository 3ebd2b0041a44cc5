import { FieldFrame, controlClasses, describedByIds, type FieldBaseProps } from "./form-field";

export type TextareaProps = FieldBaseProps & {
  name: string;
  rows?: number;
  autoComplete?: string;
  defaultValue?: string;
  spellCheck?: boolean;
  widthClass?: string;
  required?: boolean;
  maxLength?: number;
  dir?: "ltr" | "rtl" | "auto";
};

export function Textarea({
  id,
  name,
  label,
  labelAsHeading,
  hint,
  error,
  errorPrefix,
  rows = 5,
  autoComplete,
  defaultValue,
  spellCheck,
  widthClass = "w-full",
  required,
  maxLength,
  dir,
}: TextareaProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      labelAsHeading={labelAsHeading}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
    >
      <textarea
        id={id}
        name={name}
        rows={rows}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        spellCheck={spellCheck}
        maxLength={maxLength}
        dir={dir}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds(id, hint, error)}
        className={controlClasses(Boolean(error), `min-h-24 resize-y py-2 ${widthClass}`)}
      />
    </FieldFrame>
  );
}
