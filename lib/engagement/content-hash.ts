import { createHash } from "node:crypto";
import { normaliseForMatching } from "./theme-suggestions";

/** Duplicate detection: ideas that differ only in case, accents, punctuation or spacing count as the same. */
export const ideaContentHash = (text: string) => createHash("sha256").update(normaliseForMatching(text)).digest("hex");
