import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "db/migrations/**", "next-env.d.ts", "eslint.config.mjs"],
  },
  {
    rules: {
      // Plain links on purpose: pages are server-rendered and must work without JavaScript, and full page
      // loads keep each page's script small (see docs/decisions/003-progressive-enhancement.md).
      "@next/next/no-html-link-for-pages": "off",
      // Right-to-left layout: physical margin/padding/position utilities break Urdu. Use ms-/me-/ps-/pe-/start-/end-.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name=/^(className|class)$/] Literal[value=/(^|\\s)(ml|mr|pl|pr|left|right)-[0-9a-z[]/]",
          message: "Use logical Tailwind classes (ms-, me-, ps-, pe-, start-, end-) so right-to-left layouts mirror.",
        },
        {
          selector: "JSXAttribute[name.name=/^(className|class)$/] Literal[value=/(^|\\s)text-(left|right)(\\s|$)/]",
          message: "Use text-start or text-end so right-to-left layouts mirror.",
        },
      ],
    },
  },
];

export default config;
