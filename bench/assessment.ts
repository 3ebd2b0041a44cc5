/**
 * Assessment benchmark (TARGETS.md): saving one answer, server-side p95 ≤ 30 ms and ≤ 5× a `SELECT 1` round trip;
 * scoring a full assessment ≤ 5 ms. Uses DATABASE_URL when set (PostgreSQL), otherwise a throw-away PGlite.
 *
 *   node --conditions=react-server --import tsx bench/assessment.ts [runs]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { getQuestionBank, nextQuestion, optionsFor, type TAnswer } from "@/lib/assessment/question-bank";
import { scoreAssessment } from "@/lib/assessment/scoring";
import { saveAnswer, startAssessment } from "@/lib/assessment/store";

const runs = Number(process.argv[2] ?? 500);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
async function time(n: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

/** A complete, valid set of answers: the first option of every question on the path (no crisis answers). */
function fullAnswers(): Record<string, TAnswer> {
  const bank = getQuestionBank();
  const answers: Record<string, TAnswer> = {};
  for (let q = nextQuestion(bank, answers); q; q = nextQuestion(bank, answers)) {
    if (q.type === "choice") answers[q.id] = { kind: "choice", value: optionsFor(bank, q).find((o) => !q.crisisValues?.includes(o.value))!.value };
    else if (q.type === "scale") answers[q.id] = { kind: "scale", value: 7 };
    else if (q.type === "height") answers[q.id] = { kind: "height", cm: 170, entered: "metric" };
    else if (q.type === "weight") answers[q.id] = { kind: "weight", kg: 70, entered: "metric" };
    else answers[q.id] = { kind: "postcode", value: "" };
  }
  return answers;
}

async function main() {
  const dir = process.env.DATABASE_URL ? undefined : mkdtempSync(path.join(tmpdir(), "bench-assessment-"));
  const handle = await openDatabase({ pgliteDir: dir });
  await handle.migrate();
  const { db } = handle;
  const { id } = await startAssessment(db);
  const values = ["never", "ex", "vape_only", "smoker"];
  await time(50, () => db.execute(sql`select 1`)); // warm up
  const baseline = await time(runs, () => db.execute(sql`select 1`));
  const save = await time(runs, (i) => saveAnswer(db, id, "smoking_status", { kind: "choice", value: values[i % values.length]! }));
  const answers = fullAnswers();
  scoreAssessment(answers);
  const score = await time(runs * 4, () => scoreAssessment(answers));
  console.log(`database: ${handle.kind}, runs: ${runs}`);
  console.log(`SELECT 1 round trip      p50 ${fmt(pct(baseline, 50))}  p95 ${fmt(pct(baseline, 95))}`);
  console.log(`save one answer          p50 ${fmt(pct(save, 50))}  p95 ${fmt(pct(save, 95))}  (${(pct(save, 95) / pct(baseline, 95)).toFixed(1)}× baseline p95; target ≤ 30 ms and ≤ 5×)`);
  console.log(`score a full assessment  p50 ${fmt(pct(score, 50))}  p95 ${fmt(pct(score, 95))}  (target ≤ 5 ms)`);
  await handle.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

void main();
