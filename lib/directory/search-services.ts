import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { TDbOrTx } from "@/db/client";
import type { TI18nText } from "@/db/schema";
import { lookupPostcode, type TPostcodeArea } from "@/lib/geo/lookup-postcode";
import { PAGE_SIZE, partOfDayWindow, type TDirectorySearch } from "./schemas";
import { toPrefixTsQuery } from "./search-document";

export type TSearchHit = {
  id: string;
  name: TI18nText;
  description: TI18nText;
  status: "active" | "temporarily_closed" | "inactive";
  organisationName: string;
  isFree: boolean;
  distanceMiles: number | null;
  town: string | null;
  languages: string[];
  terms: string[];
  schedules: { byday: string; opensAt: string; closesAt: string; attendingType: string }[];
};

export type TSearchResult =
  | { kind: "ok"; hits: TSearchHit[]; total: number; page: number; pageCount: number; origin: TPostcodeArea | null }
  | { kind: "unknown-postcode" }
  | { kind: "nothing-to-search" };

/** Miles between a location and a point, in SQL (haversine), so results sort by distance in the database. */
export const distanceSql = (lat: number, lng: number) =>
  sql`(7917.6 * asin(least(1, sqrt(power(sin(radians(l.latitude - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${lng}) / 2), 2)))))`;

/** The WHERE conditions shared by the public search, the ORUK API and the benchmark. */
export function searchConditions(search: Omit<TDirectorySearch, "page" | "postcode" | "radius">): SQL[] {
  const where: SQL[] = [sql`s.status <> 'inactive'`];
  const tsQuery = search.q ? toPrefixTsQuery(search.q) : null;
  if (tsQuery) where.push(sql`s.search_vector @@ to_tsquery('simple', ${tsQuery})`);
  if (search.need) where.push(sql`exists (select 1 from directory_service_taxonomy st join directory_taxonomy_terms tt on tt.id = st.term_id where st.service_id = s.id and tt.code = ${search.need})`);
  if (search.lap)
    where.push(sql`(exists (select 1 from directory_service_areas sa join laps on laps.id = sa.lap_id where sa.service_id = s.id and laps.code = ${search.lap})
      or exists (select 1 from directory_service_at_locations sal join directory_locations dl on dl.id = sal.location_id join laps on laps.id = dl.lap_id where sal.service_id = s.id and laps.code = ${search.lap}))`);
  if (search.day || search.time) {
    const parts: SQL[] = [];
    if (search.day) parts.push(sql`sc.byday = ${search.day}`);
    if (search.time) {
      const w = partOfDayWindow[search.time];
      parts.push(sql`sc.opens_at < ${w.opensBefore} and sc.closes_at > ${w.closesAfter}`);
    }
    where.push(sql`exists (select 1 from directory_schedules sc where sc.service_id = s.id and ${sql.join(parts, sql` and `)})`);
  }
  if (search.language) where.push(sql`exists (select 1 from directory_service_languages sl where sl.service_id = s.id and sl.code = ${search.language})`);
  if (search.free) where.push(sql`s.is_free`);
  if (search.age !== undefined) where.push(sql`(s.minimum_age is null or s.minimum_age <= ${search.age}) and (s.maximum_age is null or s.maximum_age >= ${search.age})`);
  if (search.mode === "online") where.push(sql`exists (select 1 from directory_schedules sc where sc.service_id = s.id and sc.attending_type in ('online', 'phone'))`);
  if (search.mode === "in_person") where.push(sql`exists (select 1 from directory_service_at_locations sal where sal.service_id = s.id)`);
  return where;
}

type TIdRow = { id: string; distance: number | string | null; total: number | string };

/**
 * Public directory search on PostgreSQL full-text search and indexes (works the same on PGlite). Near a postcode,
 * results are services with a venue within the radius, nearest first (distance from the postcode area's centroid).
 */
export async function searchServices(db: TDbOrTx, search: TDirectorySearch): Promise<TSearchResult> {
  if (search.q && !toPrefixTsQuery(search.q) && !search.need && !search.postcode && !search.lap) return { kind: "nothing-to-search" };
  let origin: TPostcodeArea | null = null;
  if (search.postcode) {
    origin = await lookupPostcode(db, search.postcode);
    if (!origin) return { kind: "unknown-postcode" };
  }
  const page = search.page ?? 1;
  const where = searchConditions(search);
  const offset = (page - 1) * PAGE_SIZE;
  let rows: TIdRow[];
  if (origin) {
    const radius = search.radius ?? 10;
    const d = distanceSql(origin.lat, origin.lng);
    rows = await execRows<TIdRow>(
      db,
      sql`with near as (
            select sal.service_id, min(${d}) as distance
            from directory_service_at_locations sal join directory_locations l on l.id = sal.location_id
            where l.latitude between ${origin.lat - radius / 69} and ${origin.lat + radius / 69}
              and l.longitude between ${origin.lng - radius / 42} and ${origin.lng + radius / 42}
            group by sal.service_id)
          select s.id, near.distance, count(*) over () as total
          from directory_services s join near on near.service_id = s.id
          where near.distance <= ${radius} and ${sql.join(where, sql` and `)}
          order by near.distance, s.id
          limit ${PAGE_SIZE} offset ${offset}`,
    );
  } else {
    const tsQuery = search.q ? toPrefixTsQuery(search.q) : null;
    const rank = tsQuery ? sql`ts_rank(s.search_vector, to_tsquery('simple', ${tsQuery})) desc,` : sql``;
    rows = await execRows<TIdRow>(
      db,
      sql`select s.id, null as distance, count(*) over () as total from directory_services s
          where ${sql.join(where, sql` and `)}
          order by ${rank} s.name->>'en', s.id
          limit ${PAGE_SIZE} offset ${offset}`,
    );
  }
  const total = rows.length ? Number(rows[0]!.total) : 0;
  const hits = await loadHits(db, rows.map((r) => ({ id: r.id, distance: r.distance === null ? null : Number(r.distance) })));
  return { kind: "ok", hits, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), origin };
}

export async function execRows<T>(db: TDbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

type THitRow = Omit<TSearchHit, "distanceMiles"> & { name: TI18nText | string; description: TI18nText | string };
const parseJson = <T,>(v: T | string): T => (typeof v === "string" ? (JSON.parse(v) as T) : v);

async function loadHits(db: TDbOrTx, ids: { id: string; distance: number | null }[]): Promise<TSearchHit[]> {
  if (ids.length === 0) return [];
  const rows = await execRows<THitRow>(
    db,
    sql`select s.id, s.name, s.description, s.status, o.name as "organisationName", s.is_free as "isFree",
          (select min(l.city) from directory_service_at_locations sal join directory_locations l on l.id = sal.location_id where sal.service_id = s.id) as town,
          coalesce((select json_agg(code order by code) from directory_service_languages where service_id = s.id), '[]') as languages,
          coalesce((select json_agg(tt.code order by tt.sort_order) from directory_service_taxonomy st join directory_taxonomy_terms tt on tt.id = st.term_id where st.service_id = s.id), '[]') as terms,
          coalesce((select json_agg(json_build_object('byday', byday, 'opensAt', opens_at, 'closesAt', closes_at, 'attendingType', attending_type)
                     order by array_position(array['MO','TU','WE','TH','FR','SA','SU'], byday), opens_at) from directory_schedules where service_id = s.id), '[]') as schedules
        from directory_services s join organisations o on o.id = s.organisation_id
        where s.id in (${sql.join(ids.map((i) => sql`${i.id}`), sql`, `)})`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap(({ id, distance }) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        ...r,
        name: parseJson(r.name),
        description: parseJson(r.description),
        languages: parseJson(r.languages),
        terms: parseJson(r.terms),
        schedules: parseJson(r.schedules),
        distanceMiles: distance,
      },
    ];
  });
}
