import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { portalAdapter } from "./adapter";

describe("portal adapter", () => {
  it("creates new people as residents, with a normalised email", async () => {
    const adapter = portalAdapter();
    const email = `New.${randomUUID()}@Example.org`;
    const user = await adapter.createUser!({ email, emailVerified: new Date(), name: null } as never);
    expect(user).toMatchObject({ email: email.toLowerCase(), role: "resident" });
    expect(await adapter.getUserByEmail!(email.toUpperCase())).toMatchObject({ id: user.id });
  });

  it("lets each sign-in link be used once only", async () => {
    const adapter = portalAdapter();
    const identifier = `${randomUUID()}@example.org`;
    const token = { identifier, token: randomUUID(), expires: new Date(Date.now() + 60_000) };
    await adapter.createVerificationToken!(token);
    const [a, b] = await Promise.all([adapter.useVerificationToken!({ identifier, token: token.token }), adapter.useVerificationToken!({ identifier, token: token.token })]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(await adapter.useVerificationToken!({ identifier, token: token.token })).toBeNull();
  });

  it("refuses ids that are not ids", async () => {
    expect(await portalAdapter().getUser!("1 or 1=1")).toBeNull();
  });
});
