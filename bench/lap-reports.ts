/**
 * LAP report benchmark (TARGETS.md: one LAP report at 1,000,000 assessments and 100,000 ideas ≤ 1 s).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_engagement \
 *     NODE_OPTIONS=--conditions=react-server npx tsx bench/lap-reports.ts [ideas=100000]
 *
 * Generates ideas (with responses, equality answers and themes) spread over the 16 LAPs with SQL
 * generate_series, then prints the time to build one LAP report and all of them. The assessments part of the
 * target waits for the assessment feature's tables and the need-profile section of the report.
 * Use a throw-away database: it adds rows and never deletes them.
 */
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { buildLapReport } from "@/lib/reports/lap-report";
import { seedEngagementThemes } from "@/seeds/engagement";
import { seedReference } from "@/seeds/reference";

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a throw-away PostgreSQL database.");
  const ideasWanted = Number(process.argv[2] ?? 100_000);
  const handle = await openDatabase();
  const db = handle.db;
  try {
    await handle.migrate();
    await seedReference(db);
    await seedEngagementThemes(db);
    const t0 = performance.now();
    await db.execute(sql`
      with c as (
        insert into consultations (slug, title, summary, background, status)
        values ('bench-' || md5(random()::text), '{"en":"Bench"}', '{"en":"Bench"}', '{"en":"Bench"}', 'open') returning id
      ), l as (select array_agg(id order by code) ids from laps),
      r as (
        insert into consultation_responses (consultation_id, lap_id, language, age_band, sex, ethnicity, disability)
        select c.id, l.ids[1 + (g % array_length(l.ids, 1))], 'en',
          (array['16-24','25-34','35-44','45-54','55-64','65-74','75+',null])[1 + (g % 8)],
          (array['female','male',null])[1 + (g % 3)],
          (array['white','white','white','asian','black','mixed','other',null])[1 + (g % 8)],
          (array['no','no','yes-a-little','yes-a-lot',null])[1 + (g % 5)]
        from generate_series(1, ${ideasWanted}) g, c, l
        returning id, consultation_id
      )
      insert into ideas (consultation_id, response_id, text, language, content_hash, state)
      select consultation_id, id, 'Bench idea ' || id, 'en', md5(id::text), 'published' from r`);
    await db.execute(sql`insert into users (email, role) values ('bench@example.org', 'engagement') on conflict do nothing`);
    await db.execute(sql`
      insert into idea_themes (idea_id, theme_id, assigned_by)
      select i.id, (select id from engagement_themes order by sort_order offset (abs(hashtext(i.id::text)) % 17) limit 1),
             (select id from users where email = 'bench@example.org')
      from ideas i where i.text like 'Bench idea %'
      on conflict do nothing`);
    await db.execute(sql`analyze`);
    const generated = performance.now() - t0;
    const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
    const n = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int n from ideas`))[0]?.n;
    console.log(`Generated ${ideasWanted} ideas in ${(generated / 1000).toFixed(1)} s (ideas in database: ${n}).`);

    await buildLapReport(db, "N01"); // warm-up
    const t1 = performance.now();
    await buildLapReport(db, "N01");
    const one = performance.now() - t1;
    const codes = rowsOf<{ code: string }>(await db.execute(sql`select code from laps order by sort_order`)).map((r) => r.code);
    const t2 = performance.now();
    for (const code of codes) await buildLapReport(db, code);
    const all = performance.now() - t2;
    console.log(`One LAP report (N01): ${one.toFixed(0)} ms (target ≤ 1000 ms)`);
    console.log(`All ${codes.length} LAP reports: ${all.toFixed(0)} ms`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
