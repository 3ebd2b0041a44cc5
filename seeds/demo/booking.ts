import type { TDbOrTx } from "@/db/client";
import { upsertSession, type TSessionSpec } from "@/tests/factories/booking";

/** Demo venues: four libraries and a telephone line. Addresses are the libraries' public addresses. */
const venues = [
  { venueName: "Corby Library", venueAddress: "Queen's Square, Corby", venuePostcode: "NN17 1PZ", town: "Corby" },
  { venueName: "Kettering Library", venueAddress: "Sheep Street, Kettering", venuePostcode: "NN16 0AY", town: "Kettering" },
  { venueName: "Northampton Central Library", venueAddress: "Abington Street, Northampton", venuePostcode: "NN1 2BA", town: "Northampton" },
  { venueName: "Wellingborough Library", venueAddress: "Pebble Lane, Wellingborough", venuePostcode: "NN8 1AS", town: "Wellingborough" },
];

const DAY = 86_400_000;

/** One-to-one stop smoking appointments (one place each), 12-week weight groups and telephone clinics. Upcoming sessions relative to today (UK 10:00 / 14:00 in UTC terms are close enough for demo data). Safe to run twice. */
export function demoSessionSpecs(today = new Date()): (TSessionSpec & { externalRef: string })[] {
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const at = (days: number, hour: number) => new Date(base + days * DAY + hour * 3_600_000);
  const specs: (TSessionSpec & { externalRef: string })[] = [];
  venues.forEach((v, i) => {
    for (const day of [3, 5, 10]) {
      specs.push({ ...v, serviceSlug: "stop-smoking", startsAt: at(day + i, 10), durationMinutes: 30, capacity: 1, externalRef: `demo-ss-${i}-${day}` });
    }
    specs.push({ ...v, serviceSlug: "weight-management", startsAt: at(7 + i, 18), durationMinutes: 90, capacity: 12, weeks: 12, externalRef: `demo-wm-${i}` });
  });
  for (const day of [2, 4, 6]) {
    specs.push({ serviceSlug: "stop-smoking", mode: "telephone", startsAt: at(day, 12), durationMinutes: 20, capacity: 6, externalRef: `demo-ss-tel-${day}` });
  }
  specs.push({ serviceSlug: "weight-management", mode: "online", startsAt: at(9, 19), durationMinutes: 60, capacity: 20, weeks: 12, externalRef: "demo-wm-online" });
  return specs;
}

export async function seedDemoBooking(db: TDbOrTx, today = new Date()) {
  const specs = demoSessionSpecs(today);
  for (const spec of specs) await upsertSession(db, spec);
  return specs.length;
}
