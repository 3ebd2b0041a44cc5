export type LanguageOption = {
  code: string;
  /** The language's own name (endonym), e.g. "Polski", "اردو". */
  name: string;
  href: string;
  dir: "ltr" | "rtl";
};

export type LanguageSwitcherProps = {
  /** Accessible name of the nav, e.g. a translated "Choose a language". */
  label: string;
  current: string;
  options: LanguageOption[];
};

export function LanguageSwitcher({ label, current, options }: LanguageSwitcherProps) {
  return (
    <nav aria-label={label} className="print:hidden">
      <ul className="m-0 flex list-none flex-wrap items-center gap-x-4 gap-y-1 ps-0 text-base">
        {options.map((option) => (
          <li key={option.code} className="m-0">
            {option.code === current ? (
              <span
                aria-current="true"
                lang={option.code}
                dir={option.dir}
                className="inline-flex min-h-11 items-center font-bold"
              >
                {option.name}
              </span>
            ) : (
              <a
                href={option.href}
                lang={option.code}
                hrefLang={option.code}
                dir={option.dir}
                className="inline-flex min-h-11 items-center"
              >
                {option.name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
