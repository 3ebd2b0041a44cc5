import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listOutbox } from "@/lib/dev/outbox";
import { notify } from "./index";

describe("notify (outbox backend)", () => {
  it("stores the message in the person's language", async () => {
    const to = `${randomUUID()}@example.org`;
    await notify({ channel: "email", to, template: "signInLink", locale: "pl", data: { url: "http://localhost/link", minutes: "30" } });
    const [message] = await listOutbox(to);
    expect(message).toMatchObject({ recipient: to, template: "signInLink", locale: "pl", channel: "email" });
    expect(message!.body).toContain("http://localhost/link");
    expect(message!.subject).not.toBe("Your sign-in link for the Northamptonshire Wellbeing Portal");
    expect(message!.subject!.length).toBeGreaterThan(10);
  });

  it("renders right-to-left Urdu text unchanged", async () => {
    const to = `${randomUUID()}@example.org`;
    await notify({ channel: "email", to, template: "signInLink", locale: "ur", data: { url: "http://localhost/x", minutes: "30" } });
    const [message] = await listOutbox(to);
    expect(message!.body).toMatch(/[\u0600-\u06FF]/);
  });
});
