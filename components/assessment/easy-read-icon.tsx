import type { easyReadIcons } from "@/lib/assessment/question-bank";

/**
 * Simple line icons for Easy Read questions, drawn inline (no image downloads, no emoji). Decorative: the
 * question text carries the meaning, so they are hidden from assistive technology.
 */
const paths: Record<(typeof easyReadIcons)[number], string> = {
  smoking: "M4 30h36v6H4zM42 30h3v6h-3zM47 30h3v6h-3zM44 26c0-4 4-4 4-8s-4-4-4-8",
  drink: "M14 8h20l-3 22a7 7 0 0 1-14 0zM24 37v7M16 44h16M15 16h18",
  weight: "M8 14h32l-4 28H12zM18 14a6 6 0 0 1 12 0M24 22v8l4 4",
  mind: "M24 42s-16-9-16-21a9 9 0 0 1 16-5 9 9 0 0 1 16 5c0 12-16 21-16 21z",
  safety: "M24 4l16 6v12c0 11-7 18-16 22C15 40 8 33 8 22V10zM17 24l5 5 9-10",
  people: "M16 20a6 6 0 1 0 0-12 6 6 0 0 0 0 12zM32 20a6 6 0 1 0 0-12 6 6 0 0 0 0 12zM4 40c0-8 5-13 12-13s12 5 12 13M22 40c0-8 4-13 10-13s12 5 12 13",
  home: "M6 22L24 6l18 16M10 19v23h28V19M20 42V30h8v12",
  money: "M6 14h36v22H6zM24 31a6 6 0 1 0 0-12 6 6 0 0 0 0 12zM11 19v0M37 31v0",
  work: "M6 16h36v24H6zM17 16v-5h14v5M6 26h36",
  activity: "M28 8a4 4 0 1 0 0 .1M20 44l6-14 6 6v8M14 24l8-8 8 4 6 6M26 30l-4-10",
  carer: "M24 40l-14-13a8 8 0 0 1 14-9 8 8 0 0 1 14 9zM16 24h16M24 16v16",
  person: "M24 22a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM8 44c0-10 7-16 16-16s16 6 16 16",
  location: "M24 44s14-13 14-24a14 14 0 0 0-28 0c0 11 14 24 14 24zM24 25a5 5 0 1 0 0-10 5 5 0 0 0 0 10z",
};

export function EasyReadIcon({ name }: { name: keyof typeof paths }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 48 48" className="h-16 w-16 shrink-0 stroke-nhs-blue" fill="none" strokeWidth={3} strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[name]} />
    </svg>
  );
}
