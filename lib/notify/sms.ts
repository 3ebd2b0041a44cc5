/**
 * SMS length in fragments, as GOV.UK Notify charges it. Text that fits the GSM 03.38 alphabet costs one
 * fragment per 160 characters (153 when split); anything else (Polish or Romanian letters outside it, Cyrillic,
 * Urdu) is sent as Unicode at 70 per fragment (67 when split).
 */
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENDED = "^{}\\[~]|€";

export function smsFragments(text: string): { encoding: "gsm" | "unicode"; units: number; fragments: number } {
  let gsmUnits = 0;
  let isGsm = true;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) gsmUnits += 1;
    else if (GSM_EXTENDED.includes(ch)) gsmUnits += 2;
    else {
      isGsm = false;
      break;
    }
  }
  if (isGsm) return { encoding: "gsm", units: gsmUnits, fragments: gsmUnits <= 160 ? 1 : Math.ceil(gsmUnits / 153) };
  const units = [...text].reduce((n, ch) => n + (ch.codePointAt(0)! > 0xffff ? 2 : 1), 0);
  return { encoding: "unicode", units, fragments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
