import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./log";

describe("logger", () => {
  it("redacts personal data even when passed by mistake", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger(sink);
    log.info({ event: "test", email: "jane@example.org", user: { email: "x@y.z", name: "Jane Doe", postcode: "NN17 1AB" }, password: "secret", code: "123456" });
    const out = lines.join("");
    expect(out).toContain('"event":"test"');
    for (const secret of ["jane@example.org", "x@y.z", "Jane Doe", "NN17 1AB", "secret", "123456"]) expect(out).not.toContain(secret);
  });
});
