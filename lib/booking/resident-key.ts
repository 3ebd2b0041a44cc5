import { normaliseEmail } from "@/lib/accounts/normalise-email";

/** UK mobile numbers in one form (+447…), so "07700 900123" and "+44 7700 900123" are the same person. */
export function normaliseMobile(raw: string): string | null {
  const digits = raw.replace(/[\s()-]/g, "");
  const m = /^(?:\+44|0044|0)(7\d{9})$/.exec(digits);
  return m ? `+44${m[1]}` : null;
}

/**
 * Who holds a place, for the "one place per session" rule: the email, else the mobile. Not the account id, so
 * booking once signed in and once signed out with the same address is still one person.
 */
export function residentKeyOf(contact: { email?: string | null; mobile?: string | null }): string {
  if (contact.email) return `email:${normaliseEmail(contact.email)}`;
  if (contact.mobile) return `mobile:${normaliseMobile(contact.mobile) ?? contact.mobile}`;
  throw new Error("A booking needs an email address or a mobile number");
}
