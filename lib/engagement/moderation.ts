/**
 * Automatic moderation: an idea that looks as if it contains someone's contact details or name is HELD for a
 * person to review instead of being published. It never rejects: a held idea is kept and can be restored.
 * The checks favour holding too much over publishing personal data (fail closed).
 */

export type THoldReason = "phone" | "email" | "name";

// Runs of digits with the separators people type in phone numbers; 10 or more digits (UK numbers have 10-11).
const DIGIT_RUN = /[+(]?\d[\d\s().-]*\d/gu;
const hasPhoneNumber = (text: string) => (text.match(DIGIT_RUN) ?? []).some((run) => run.replace(/\D/g, "").length >= 10);
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;

/** "My name is …" and the same in the portal's other languages (lower-cased comparison). */
const NAME_PHRASES = [
  "my name is",
  "my name's",
  "i am called",
  "call me",
  "contact me",
  "mam na imię",
  "nazywam się",
  "numele meu este",
  "mă numesc",
  "mano vardas",
  "меня зовут",
  "meu nome é",
  "chamo-me",
  "me chamo",
  "magacaygu waa",
  "میرا نام",
];

/** Titles followed by a capitalised word: "Mr Smith", "Dr. Patel", "Mrs O'Neil". */
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Pan|Pani|Dl|Dna|Sr|Sra|Г-н|Г-жа)\.?\s+\p{Lu}[\p{L}'-]+/u;

/** Two capitalised words in a row not at the start of a sentence, e.g. "…spoke to John Smith at…". */
const FULL_NAME = /(?<![.!?]\s|^)(?<=\s)\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u;

/** Common capitalised pairs that are places or organisations, not people. */
const NOT_NAMES = /\b(?:Big Ideas|Local Area|Area Partnership|North Northamptonshire|West Northamptonshire|Wellbeing Portal|Citizens Advice|Live Your|Best Life|Stop Smoking|Weight Management|Social Inclusion|Housing Support|Financial Support|Emotional Wellbeing|Adult Learning|Kettering General|Northampton General|East Northamptonshire|South Northamptonshire|Borough Council|County Council|General Hospital|Health Centre|Community Centre|Town Centre|Corby Cube|Market Harborough|Great Oakley|Earls Barton|Higham Ferrers|Rushden Lakes|Brixworth Country|Daventry District|Lodge Park)\b/gu;

export function autoHoldReasons(text: string): THoldReason[] {
  const reasons: THoldReason[] = [];
  const withoutEmails = text.replace(new RegExp(EMAIL.source, "gu"), " ");
  if (EMAIL.test(text)) reasons.push("email");
  if (hasPhoneNumber(withoutEmails)) reasons.push("phone");
  const lower = text.toLocaleLowerCase();
  const stripped = text.replace(NOT_NAMES, " ");
  if (NAME_PHRASES.some((p) => lower.includes(p)) || TITLED_NAME.test(text) || FULL_NAME.test(stripped)) reasons.push("name");
  return reasons;
}

/** Published at once when nothing was found; otherwise held for review. */
export const initialModerationState = (text: string): "published" | "held" => (autoHoldReasons(text).length ? "held" : "published");
