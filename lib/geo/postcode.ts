/**
 * UK postcode handling. Accepts any spacing and case; returns the normalised form "NN17 1AB", plus the
 * sector ("NN17 1") and district ("NN17") used to find a Local Area Partnership.
 */
const FULL = /^([A-Z]{1,2}\d[A-Z\d]?)(\d)([A-Z]{2})$/;
const OUTWARD = /^([A-Z]{1,2}\d[A-Z\d]?)(?: (\d))?$/;

export type TPostcodeParts = { normalised: string; district: string; sector: string | null; full: boolean };

export function parsePostcode(input: string): TPostcodeParts | null {
  if (input.length > 16) return null;
  const cleaned = input.toUpperCase().replace(/[^A-Z0-9]/g, "");
  const full = FULL.exec(cleaned);
  if (full) {
    const [, district, digit, unit] = full;
    return { normalised: `${district} ${digit}${unit}`, district: district!, sector: `${district} ${digit}`, full: true };
  }
  // Part of a postcode: a district ("NN17") or a sector ("NN17 1"). Without the space "NN171" is ambiguous, so it is refused.
  const outward = OUTWARD.exec(input.toUpperCase().trim().replace(/\s+/g, " "));
  if (!outward) return null;
  const [, district, digit] = outward;
  return { normalised: digit ? `${district} ${digit}` : district!, district: district!, sector: digit ? `${district} ${digit}` : null, full: false };
}

/** Great-circle distance in miles between two points (haversine), for "near a postcode" searches. */
export function distanceMiles(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const R = 3958.8;
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}
