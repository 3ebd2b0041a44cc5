/**
 * Small-number suppression: the ONE function every aggregate output (report pages, CSV, PDF, API) passes its
 * counts through before anything is shown. See docs/decisions/040-small-number-suppression.md.
 *
 * Method (the usual approach of UK statistical producers for frequency tables):
 *
 * 1. The table is taken with its margins: each row gets a row total, each column a column total, and there is a
 *    grand total. The margins are computed here from the cells, so a caller cannot publish totals that disagree.
 * 2. Primary suppression: any entry (cell or total) from 1 to THRESHOLD-1 is hidden and shown as "<5".
 *    Zero is shown: an empty cell describes nobody.
 * 3. Secondary (complementary) suppression: every row and every column of the table-with-margins is an equation
 *    (cells add up to the total). An equation with exactly ONE hidden entry would let anyone recover it by
 *    subtraction, so another entry in that line is hidden too: the smallest non-zero visible cell (a zero
 *    cannot protect anything, because subtracting it changes nothing), and only if the line has no such cell,
 *    its total. Secondary entries are shown as "[c]" ("confidential"), not "<5", because they are usually
 *    5 or more. This repeats until no line has exactly one hidden entry, since each new hidden entry can create
 *    a new single in the crossing line.
 *
 * The output cells carry no number when hidden, so no later formatting step can leak one.
 * Residual risk (documented, accepted): with very small line totals a reader can narrow a hidden value to a
 * range, never to an exact count beyond what the line's visible entries allow.
 */

export const SUPPRESSION_THRESHOLD = 5;
export const PRIMARY_MARK = "<5";
export const SECONDARY_MARK = "[c]";

export type TCell =
  | { kind: "shown"; value: number; display: string }
  | { kind: "primary"; display: typeof PRIMARY_MARK }
  | { kind: "secondary"; display: typeof SECONDARY_MARK };

export type TSuppressedTable = {
  cells: TCell[][];
  rowTotals: TCell[];
  columnTotals: TCell[];
  grandTotal: TCell;
};

type TFormat = (value: number) => string;

const isSmall = (value: number, threshold: number) => value > 0 && value < threshold;

function assertCounts(counts: number[][]) {
  const width = counts[0]?.length ?? 0;
  for (const row of counts) {
    if (row.length !== width) throw new Error("suppressTable: every row must have the same number of cells");
    for (const v of row) if (!Number.isInteger(v) || v < 0) throw new Error("suppressTable: counts must be whole numbers of 0 or more");
  }
}

/**
 * Suppresses a rows × columns table of counts, returning display cells for the cells and all margins.
 * `format` turns a shown number into text (pass the locale's number formatter).
 */
export function suppressTable(counts: number[][], options: { threshold?: number; format?: TFormat } = {}): TSuppressedTable {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const format = options.format ?? ((v: number) => String(v));
  assertCounts(counts);
  const R = counts.length;
  const C = counts[0]?.length ?? 0;

  // Augmented matrix: index R is the column-totals row, index C the row-totals column, [R][C] the grand total.
  const m: number[][] = Array.from({ length: R + 1 }, (_, i) =>
    Array.from({ length: C + 1 }, (_, j) => {
      if (i < R && j < C) return counts[i]![j]!;
      if (i < R) return counts[i]!.reduce((a, b) => a + b, 0);
      if (j < C) return counts.reduce((a, row) => a + row[j]!, 0);
      return counts.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
    }),
  );
  const state: ("shown" | "primary" | "secondary")[][] = m.map((row) => row.map((v) => (isSmall(v, threshold) ? "primary" : "shown")));

  // Every row and column of the augmented matrix is one additive equation; the last entry is its total.
  const lines: [number, number][][] = [
    ...Array.from({ length: R + 1 }, (_, i) => Array.from({ length: C + 1 }, (_, j) => [i, j] as [number, number])),
    ...Array.from({ length: C + 1 }, (_, j) => Array.from({ length: R + 1 }, (_, i) => [i, j] as [number, number])),
  ];

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.length < 2) continue;
      const hidden = line.filter(([i, j]) => state[i]![j] !== "shown");
      if (hidden.length !== 1) continue;
      const visible = line.filter(([i, j]) => state[i]![j] === "shown" && m[i]![j]! > 0);
      const total = line[line.length - 1]!;
      const isTotal = ([i, j]: [number, number]) => i === total[0] && j === total[1];
      const inner = visible.filter((p) => !isTotal(p)).sort((a, b) => m[a[0]]![a[1]]! - m[b[0]]![b[1]]!);
      const pick = inner[0] ?? visible.find(isTotal);
      if (pick) {
        state[pick[0]]![pick[1]] = "secondary";
        changed = true;
      } else {
        // Cannot happen for consistent margins (a lone hidden entry always has a non-zero partner); fail closed.
        for (const [i, j] of line) if (state[i]![j] === "shown") state[i]![j] = "secondary";
        changed = true;
      }
    }
  }

  const cell = (i: number, j: number): TCell => {
    const s = state[i]![j]!;
    if (s === "primary") return { kind: "primary", display: PRIMARY_MARK };
    if (s === "secondary") return { kind: "secondary", display: SECONDARY_MARK };
    const value = m[i]![j]!;
    return { kind: "shown", value, display: format(value) };
  };

  return {
    cells: Array.from({ length: R }, (_, i) => Array.from({ length: C }, (_, j) => cell(i, j))),
    rowTotals: Array.from({ length: R }, (_, i) => cell(i, C)),
    columnTotals: Array.from({ length: C }, (_, j) => cell(R, j)),
    grandTotal: cell(R, C),
  };
}

/** A one-dimensional breakdown (for example responses by age band) with its total. */
export function suppressSeries(counts: number[], options: { threshold?: number; format?: TFormat } = {}): { cells: TCell[]; total: TCell } {
  const table = suppressTable([counts], options);
  return { cells: table.cells[0] ?? [], total: table.grandTotal };
}

/** A single published count with no breakdown (e.g. "responses from this LAP"). */
export function suppressCount(count: number, options: { threshold?: number; format?: TFormat } = {}): TCell {
  return suppressTable([[count]], options).grandTotal;
}

/** The number a chart may draw for a cell: hidden cells draw nothing (null), so a bar cannot reveal them. */
export const chartValue = (cell: TCell): number | null => (cell.kind === "shown" ? cell.value : null);
