import type { HTMLAttributes } from "react";
import { FieldFrame, controlClasses, describedByIds, type FieldBaseProps } from "./form-field";

export type TextInputProps = FieldBaseProps & {
  name: string;
  type?: "text" | "email" | "tel" | "url" | "password" | "number" | "search" | "date" | "time";
  autoComplete?: string;
  defaultValue?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  spellCheck?: boolean;
  /** Tailwind width class(es), e.g. "w-[10ch]"; full width by default. */
  widthClass?: string;
  required?: boolean;
  maxLength?: number;
  dir?: "ltr" | "rtl" | "auto";
  pattern?: string;
};

export function TextInput({
  id,
  name,
  label,
  labelAsHeading,
  hint,
  error,
  errorPrefix,
  type = "text",
  autoComplete,
  defaultValue,
  inputMode,
  spellCheck,
  widthClass = "w-full",
  required,
  maxLength,
  dir,
  pattern,
}: TextInputProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      labelAsHeading={labelAsHeading}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
    >
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        inputMode={inputMode}
        spellCheck={spellCheck}
        maxLength={maxLength}
        pattern={pattern}
        dir={dir}
        // aria-required rather than `required`: native validation bubbles are
        // in the browser's language, not the page's; the server validates.
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds(id, hint, error)}
        className={controlClasses(Boolean(error), `h-11 ${widthClass}`)}
      />
    </FieldFrame>
  );
}
