import { describe, expect, it } from "vitest";
import { chartValue, PRIMARY_MARK, SECONDARY_MARK, suppressCount, suppressSeries, suppressTable, type TCell, type TSuppressedTable } from "./suppression";

const show = (t: TSuppressedTable) => ({
  cells: t.cells.map((r) => r.map((c) => c.display)),
  rows: t.rowTotals.map((c) => c.display),
  cols: t.columnTotals.map((c) => c.display),
  grand: t.grandTotal.display,
});

/** Every entry of the table with its margins, as the grid a reader sees. */
const grid = (t: TSuppressedTable): TCell[][] => [
  ...t.cells.map((r, i) => [...r, t.rowTotals[i]!]),
  [...t.columnTotals, t.grandTotal],
];

/** A reader's attack: any row or column (with its total) that has exactly one hidden entry gives it away. */
function recoverable(t: TSuppressedTable): number {
  const g = grid(t);
  const lines = [...g, ...g[0]!.map((_, j) => g.map((r) => r[j]!))];
  return lines.filter((line) => line.length > 1 && line.filter((c) => c.kind !== "shown").length === 1).length;
}

/** No path to a small count: no shown number is between 1 and 4, and hidden cells carry no number at all. */
function leaksSmallCount(t: TSuppressedTable): boolean {
  return grid(t)
    .flat()
    .some((c) => (c.kind === "shown" ? c.value > 0 && c.value < 5 : "value" in c || /\d/.test(c.display.replace("<5", ""))));
}

describe("suppressTable", () => {
  it.each([
    {
      name: "nothing small: everything shown, margins added",
      counts: [
        [10, 20],
        [30, 40],
      ],
      expected: { cells: [["10", "20"], ["30", "40"]], rows: ["30", "70"], cols: ["40", "60"], grand: "100" },
    },
    {
      name: "one small cell: its row and column partners are hidden too, and the crossing cell",
      counts: [
        [3, 20],
        [30, 40],
      ],
      expected: { cells: [["<5", "[c]"], ["[c]", "[c]"]], rows: ["23", "70"], cols: ["33", "60"], grand: "93" },
    },
    {
      name: "the next-smallest cell in the row is chosen, not a larger one",
      counts: [
        [2, 9, 50, 7],
        [20, 30, 40, 60],
        [20, 30, 40, 60],
      ],
      expected: {
        cells: [
          ["<5", "9", "50", "[c]"],
          ["[c]", "30", "40", "[c]"],
          ["20", "30", "40", "60"],
        ],
        rows: ["68", "150", "150"],
        cols: ["42", "69", "130", "127"],
        grand: "368",
      },
    },
    {
      name: "zero is shown and never used to protect a cell",
      counts: [[0, 4, 0, 12]],
      expected: { cells: [["0", "<5", "0", "[c]"]], rows: ["16"], cols: ["0", "<5", "0", "[c]"], grand: "16" },
    },
    {
      name: "a small total is hidden with its cells",
      counts: [[1, 2, 0]],
      expected: { cells: [["<5", "<5", "0"]], rows: ["<5"], cols: ["<5", "<5", "0"], grand: "<5" },
    },
    {
      name: "two small cells in one row already protect each other",
      counts: [[1, 2, 30, 40]],
      expected: { cells: [["<5", "<5", "30", "40"]], rows: ["73"], cols: ["<5", "<5", "30", "40"], grand: "73" },
    },
  ])("$name", ({ counts, expected }) => {
    const t = suppressTable(counts);
    expect(show(t)).toEqual(expected);
    expect(recoverable(t)).toBe(0);
    expect(leaksSmallCount(t)).toBe(false);
  });

  it("formats shown numbers with the caller's formatter", () => {
    expect(suppressTable([[1200, 30]], { format: (v) => v.toLocaleString("en-GB") }).grandTotal.display).toBe("1,230");
  });

  it("refuses negative or fractional counts and ragged rows", () => {
    expect(() => suppressTable([[1, -1]])).toThrow();
    expect(() => suppressTable([[1.5]])).toThrow();
    expect(() => suppressTable([[1, 2], [3]])).toThrow();
  });

  it("handles an empty table", () => {
    expect(show(suppressTable([]))).toEqual({ cells: [], rows: [], cols: [], grand: "0" });
  });

  // Property check over many generated tables: no line can be solved for a hidden entry, no small count shows.
  it("never leaves a hidden entry recoverable or a small count visible (5,000 generated tables)", () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 5000; n++) {
      const rows = 1 + Math.floor(rand() * 5);
      const cols = 1 + Math.floor(rand() * 6);
      const counts = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => {
          const r = rand();
          return r < 0.2 ? 0 : r < 0.5 ? 1 + Math.floor(rand() * 4) : Math.floor(rand() * 60);
        }),
      );
      const t = suppressTable(counts);
      expect(recoverable(t), JSON.stringify(counts)).toBe(0);
      expect(leaksSmallCount(t), JSON.stringify(counts)).toBe(false);
    }
  });
});

describe("suppressSeries and suppressCount", () => {
  it.each([
    { counts: [12, 3, 40], cells: ["[c]", "<5", "40"], total: "55" },
    { counts: [12, 3, 40, 6], cells: ["12", "<5", "40", "[c]"], total: "61" },
    { counts: [0, 0, 7], cells: ["0", "0", "7"], total: "7" },
    { counts: [4], cells: ["<5"], total: "<5" },
  ])("$counts → $cells / $total", ({ counts, cells, total }) => {
    const s = suppressSeries(counts);
    expect(s.cells.map((c) => c.display)).toEqual(cells);
    expect(s.total.display).toBe(total);
  });

  it.each([
    [0, "0"],
    [1, PRIMARY_MARK],
    [4, PRIMARY_MARK],
    [5, "5"],
    [250, "250"],
  ])("a single count %i shows %s", (count, display) => {
    expect(suppressCount(count).display).toBe(display);
  });

  it("gives charts nothing to draw for hidden cells", () => {
    const s = suppressSeries([12, 3, 40, 6]);
    expect(s.cells.map(chartValue)).toEqual([12, null, 40, null]);
    expect(SECONDARY_MARK).toBe("[c]");
  });
});
