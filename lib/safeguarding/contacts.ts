/**
 * Urgent-help numbers shown on every crisis page. Checked against public NHS pages in November 2026;
 * the clinical safety officer must re-check them before each release (see docs/decisions/).
 */
export const urgentContacts = {
  emergency: "999",
  nhs111: "111",
  samaritans: "116 123",
  /** Northamptonshire Healthcare NHS Foundation Trust 24/7 mental health crisis line (freephone). */
  countyCrisisLine: "0800 448 0828",
} as const;

export const telHref = (number: string) => `tel:${number.replace(/\s+/g, "")}`;
