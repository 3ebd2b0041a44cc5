import { z } from "zod";

/**
 * Environment variables, validated once. A bad value stops the process at start with a message that says
 * which variable is wrong and what it should look like, instead of failing later on a request.
 */
const ZEnv = z
  .object({
    APP_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// connection string")
      .optional(),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    NEXTAUTH_URL: z.url("must be the portal's public URL, for example http://localhost:3000").default("http://localhost:3000"),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (use: openssl rand -base64 32)").optional(),
    NOTIFY_BACKEND: z.enum(["outbox", "govuk"]).optional(),
    NOTIFY_API_KEY: z.string().min(20).optional(),
    NOTIFY_EMAIL_TEMPLATE_ID: z.uuid().optional(),
    NOTIFY_SMS_TEMPLATE_ID: z.uuid().optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV !== "production") return;
    if (!env.NEXTAUTH_SECRET) ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "is required in production" });
    if (!env.DATABASE_URL) ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required in production (PGlite is for one machine only)" });
    if (env.NOTIFY_BACKEND === "outbox") ctx.addIssue({ code: "custom", path: ["NOTIFY_BACKEND"], message: "cannot be 'outbox' in production" });
    for (const key of ["NOTIFY_API_KEY", "NOTIFY_EMAIL_TEMPLATE_ID", "NOTIFY_SMS_TEMPLATE_ID"] as const) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required in production (GOV.UK Notify)" });
    }
  });

export type TEnv = z.infer<typeof ZEnv> & { NEXTAUTH_SECRET: string; NOTIFY_BACKEND: "outbox" | "govuk" };

/** Outside production a fixed development secret is used so that `npm run dev` works with no set-up. */
const DEV_SECRET = "development-only-secret-do-not-use-in-production-0123456789";

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"} ${i.message}`);
    throw new Error(`The portal's environment variables are not valid:\n${lines.join("\n")}\nSee README.md, "Configuration".`);
  }
  const env = result.data;
  return {
    ...env,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEV_SECRET,
    NOTIFY_BACKEND: env.NOTIFY_BACKEND ?? (env.APP_ENV === "production" ? "govuk" : "outbox"),
  };
}

let cached: TEnv | undefined;
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

export const isProduction = () => env().APP_ENV === "production";
