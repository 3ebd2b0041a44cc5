import { scaleBand, scaleLinear } from "d3-scale";
import { chartValue, type TCell } from "@/lib/reports/suppression";

/**
 * A server-rendered horizontal bar chart. Geometry comes from d3-scale (band and linear scales); hidden
 * (suppressed) cells draw no bar, only their mark, so the picture cannot reveal a small number.
 * The chart is decorative for screen readers: the same figures are in the table that follows it.
 */
export function BarChart({ title, bars }: { title: string; bars: { label: string; cell: TCell }[] }) {
  const width = 640;
  const labelWidth = 220;
  const rowHeight = 28;
  const height = bars.length * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => chartValue(b.cell) ?? 0));
  const x = scaleLinear().domain([0, max]).range([0, width - labelWidth - 70]).nice();
  const y = scaleBand<number>().domain(bars.map((_, i) => i)).range([4, height - 4]).padding(0.2);
  return (
    <figure className="mb-4 max-w-full overflow-x-auto">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title} className="max-w-2xl">
        {bars.map((b, i) => {
          const v = chartValue(b.cell);
          const top = y(i) ?? 0;
          const barWidth = v === null ? 0 : x(v);
          return (
            <g key={i}>
              <text x={labelWidth - 8} y={top + y.bandwidth() / 2} textAnchor="end" dominantBaseline="middle" className="fill-current text-[13px]">
                {b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}
              </text>
              <rect x={labelWidth} y={top} width={barWidth} height={y.bandwidth()} className="fill-nhs-blue" />
              <text x={labelWidth + barWidth + 6} y={top + y.bandwidth() / 2} dominantBaseline="middle" className="fill-current text-[13px] font-semibold">
                {b.cell.display}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
