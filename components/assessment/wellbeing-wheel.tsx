import type { TStatus } from "@/lib/assessment/scoring";

export type TWheelSegment = { key: string; label: string; status: TStatus; statusLabel: string };

/** Status → how far the segment reaches and its fill: a bigger, darker segment means support could help more. */
const reach: Record<TStatus, number> = { well: 0.45, concern: 0.72, support: 1 };
const fills: Record<TStatus, string> = { well: "fill-[#cce2d8] stroke-[#005a30]", concern: "fill-[#ffdd00] stroke-[#594d00]", support: "fill-[#d4351c] stroke-[#2a0b06]" };

function segmentPath(i: number, n: number, r: number): string {
  const a0 = ((i / n) * 2 - 0.5) * Math.PI;
  const a1 = (((i + 1) / n) * 2 - 0.5) * Math.PI;
  const p = (a: number) => `${(100 + r * Math.cos(a)).toFixed(2)} ${(100 + r * Math.sin(a)).toFixed(2)}`;
  return `M100 100 L${p(a0)} A${r} ${r} 0 0 1 ${p(a1)} Z`;
}

/**
 * The eight-segment wellbeing wheel, drawn on the server as SVG (no client JavaScript). Each segment has a title
 * with its area and status in words; the results table next to it is the accessible alternative.
 */
export function WellbeingWheel({ title, description, segments }: { title: string; description: string; segments: TWheelSegment[] }) {
  const n = segments.length;
  return (
    <figure className="mx-auto my-6 max-w-md">
      <svg viewBox="0 0 200 200" role="img" aria-labelledby="wheel-title wheel-desc" className="h-auto w-full">
        <title id="wheel-title">{title}</title>
        <desc id="wheel-desc">{description}</desc>
        {Array.from({ length: n }, (_, i) => (
          <path key={`bg-${i}`} d={segmentPath(i, n, 96)} className="fill-none stroke-nhs-grey-4" strokeWidth={0.75} />
        ))}
        {segments.map((s, i) => (
          <path key={s.key} d={segmentPath(i, n, 96 * reach[s.status])} className={fills[s.status]} strokeWidth={1.5} data-status={s.status}>
            <title>{`${s.label}: ${s.statusLabel}`}</title>
          </path>
        ))}
        {segments.map((s, i) => {
          const a = (((i + 0.5) / n) * 2 - 0.5) * Math.PI;
          return (
            <text key={`n-${s.key}`} x={(100 + 84 * Math.cos(a)).toFixed(2)} y={(100 + 84 * Math.sin(a)).toFixed(2)} textAnchor="middle" dominantBaseline="central" className="fill-nhs-text text-[10px] font-bold" aria-hidden="true">
              {i + 1}
            </text>
          );
        })}
      </svg>
    </figure>
  );
}
