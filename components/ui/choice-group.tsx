import type { ReactNode } from "react";
import { cx } from "./cx";
import { ErrorMessage } from "./error-message";
import { Fieldset } from "./fieldset";
import { Hint, describedByIds, formGroupClasses } from "./form-field";

export type ChoiceOption = {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
};

type ChoiceGroupProps = {
  kind: "radio" | "checkbox";
  name: string;
  /** Base for element ids; defaults to `name`. Set it when `name` holds characters awkward in a URL fragment. */
  idPrefix?: string;
  legend: ReactNode;
  legendAsHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  errorPrefix?: string;
  options: (ChoiceOption & { exclusive?: boolean; divider?: ReactNode })[];
  isChecked: (value: string) => boolean;
  inline?: boolean;
  small?: boolean;
};

/**
 * The first input's id is the bare prefix so an error summary link `#name`
 * lands on (and focuses) the first option, as GOV.UK does. Later options are
 * `${prefix}-${index}`.
 */
export function choiceId(prefix: string, index: number): string {
  return index === 0 ? prefix : `${prefix}-${index}`;
}

export function ChoiceGroup({
  kind,
  name,
  idPrefix,
  legend,
  legendAsHeading,
  hint,
  error,
  errorPrefix,
  options,
  isChecked,
  inline,
  small,
}: ChoiceGroupProps) {
  const prefix = idPrefix ?? name;
  return (
    <div className={formGroupClasses(Boolean(error))}>
      <Fieldset legend={legend} legendAsHeading={legendAsHeading} describedBy={describedByIds(prefix, hint, error)}>
        {hint ? <Hint id={`${prefix}-hint`}>{hint}</Hint> : null}
        {error ? (
          <ErrorMessage id={`${prefix}-error`} prefix={errorPrefix}>
            {error}
          </ErrorMessage>
        ) : null}
        <div className={cx(inline ? "flex flex-wrap gap-x-6" : "flex flex-col")}>
          {options.map((option, index) => {
            const id = choiceId(prefix, index);
            const itemHintId = `${id}-item-hint`;
            return (
              <div key={option.value}>
                {option.divider ? (
                  <div className="mb-2 w-10 text-center text-nhs-text">{option.divider}</div>
                ) : null}
                <div className="mb-2 flex items-start gap-3">
                  <input
                    type={kind}
                    id={id}
                    name={name}
                    value={option.value}
                    defaultChecked={isChecked(option.value)}
                    aria-describedby={option.hint ? itemHintId : undefined}
                    data-behaviour={option.exclusive ? "exclusive" : undefined}
                    className={cx(
                      "nwp-choice-input",
                      kind === "radio" ? "nwp-radio" : "nwp-checkbox",
                      small && "nwp-choice-input--small",
                    )}
                  />
                  <div className="min-w-0">
                    <label htmlFor={id} className={cx("block cursor-pointer", small ? "py-2" : "py-1.5")}>
                      {option.label}
                    </label>
                    {option.hint ? (
                      <div id={itemHintId} className="-mt-1 mb-2 text-nhs-secondary-text">
                        {option.hint}
                      </div>
                    ) : null}
                  </div>
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
