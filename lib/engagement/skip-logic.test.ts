import { describe, expect, it } from "vitest";
import { visibleQuestions } from "./skip-logic";

const qs = [
  { id: "uses", showIf: null },
  { id: "which", showIf: { questionId: "uses", value: "yes" } },
  { id: "rate", showIf: { questionId: "which", value: "bus" } },
  { id: "idea", showIf: null },
];

describe("visibleQuestions", () => {
  it.each([
    [{}, ["uses", "idea"]],
    [{ uses: "no" }, ["uses", "idea"]],
    [{ uses: "yes" }, ["uses", "which", "idea"]],
    [{ uses: "yes", which: ["bus", "train"] }, ["uses", "which", "rate", "idea"]],
    // An answer to a hidden question cannot unlock the one after it.
    [{ uses: "no", which: ["bus"] }, ["uses", "idea"]],
  ])("%j → %j", (answers, expected) => {
    expect(visibleQuestions(qs, answers).map((q) => q.id)).toEqual(expected);
  });
});
