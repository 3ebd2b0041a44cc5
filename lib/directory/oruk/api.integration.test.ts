import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedDirectoryDemo } from "@/seeds/directory";
import { GET as getServices } from "@/app/api/oruk/services/route";
import { GET as getService } from "@/app/api/oruk/services/[id]/route";
import { GET as getSal } from "@/app/api/oruk/service_at_locations/route";
import { GET as getOrgs } from "@/app/api/oruk/organizations/route";
import { GET as getTaxonomies } from "@/app/api/oruk/taxonomies/route";
import { GET as getTerms } from "@/app/api/oruk/taxonomy_terms/route";
import { API_LIMIT_PER_MINUTE } from "./rate-limit";
import { ZOrukOrganization, ZOrukPage, ZOrukServiceAtLocation, ZOrukServiceDetail, ZOrukServiceSummary, ZOrukTaxonomy, ZOrukTaxonomyTerm } from "./schema";

let ipCounter = 0;
/** Each call from its own address, so the throttle is tested on purpose only. */
const call = async (handler: (r: Request, c: never) => Promise<Response>, path: string, params: Record<string, string> = {}, ip = `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`) => {
  const res = await handler(new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": ip } }), { params: Promise.resolve(params) } as never);
  return { res, body: (await res.json()) as Record<string, unknown> };
};

describe("Open Referral UK API", () => {
  beforeAll(async () => {
    await seedDirectoryDemo(await getDb());
  }, 120_000);

  it("lists services in ORUK pages, open to any origin, with no key", async () => {
    const { res, body } = await call(getServices, "/api/oruk/services?per_page=5&page=2");
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const page = ZOrukPage(ZOrukServiceSummary).parse(body);
    expect(page).toMatchObject({ page_number: 2, size: 5, first_page: false, last_page: false, empty: false });
    expect(page.total_items).toBeGreaterThanOrEqual(60);
  });

  it("filters services by text, age and day, as the UK profile asks", async () => {
    const { body } = await call(getServices, "/api/oruk/services?text=polish%20weight&day=TU&minimum_age=30&maximum_age=40");
    const page = ZOrukPage(ZOrukServiceSummary).parse(body);
    expect(page.contents.map((s) => s.name)).toEqual(["Healthy Weight Group in Polish (Zdrowa Waga)"]);
    const closed = ZOrukPage(ZOrukServiceSummary).parse((await call(getServices, "/api/oruk/services?text=riverside")).body);
    expect(closed.contents[0]?.status).toBe("temporarily closed");
  });

  it("returns one service with its schedules, locations, languages and taxonomy", async () => {
    const list = ZOrukPage(ZOrukServiceSummary).parse((await call(getServices, "/api/oruk/services?text=polish%20weight")).body);
    const id = list.contents[0]!.id;
    const { res, body } = await call(getService, `/api/oruk/services/${id}`, { id });
    expect(res.status).toBe(200);
    const service = ZOrukServiceDetail.parse(body);
    expect(service.schedules).toEqual([expect.objectContaining({ byday: "TU", opens_at: "18:30", closes_at: "20:00" })]);
    expect(service.languages.map((l) => l.code).sort()).toEqual(["en", "pl"]);
    expect(service.service_at_locations[0]!.location.addresses[0]!.postal_code).toMatch(/^NN16 /);
    expect(service.attributes.map((a) => a.taxonomy_term.code)).toContain("weight");
    expect((await call(getService, "/api/oruk/services/not-an-id", { id: "not-an-id" })).res.status).toBe(404);
  });

  it("finds service at locations near a postcode within a proximity in metres, nearest first", async () => {
    const { body } = await call(getSal, "/api/oruk/service_at_locations?postcode=NN17%201AB&proximity=3000");
    const page = ZOrukPage(ZOrukServiceAtLocation).parse(body);
    expect(page.total_items).toBeGreaterThan(0);
    for (const sal of page.contents) expect(sal.location.addresses[0]!.postal_code).toMatch(/^NN1[78] /);
    const bad = await call(getSal, "/api/oruk/service_at_locations?postcode=SW1A%201AA");
    expect(bad.res.status).toBe(400);
  });

  it("lists organizations, taxonomies and taxonomy terms", async () => {
    const orgs = ZOrukPage(ZOrukOrganization).parse((await call(getOrgs, "/api/oruk/organizations?per_page=100")).body);
    expect(orgs.contents.map((o) => o.name)).toContain("Polish Community Association Kettering");
    const taxonomies = ZOrukPage(ZOrukTaxonomy).parse((await call(getTaxonomies, "/api/oruk/taxonomies")).body);
    expect(taxonomies.total_items).toBe(2);
    const terms = ZOrukPage(ZOrukTaxonomyTerm).parse((await call(getTerms, `/api/oruk/taxonomy_terms?taxonomy_id=${taxonomies.contents[0]!.id}`)).body);
    expect(terms.total_items).toBe(8);
  });

  it("throttles one address that asks too often, with Retry-After", async () => {
    let last: Response | undefined;
    for (let i = 0; i <= API_LIMIT_PER_MINUTE; i++) last = (await call(getTaxonomies, "/api/oruk/taxonomies", {}, "192.0.2.77")).res;
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call(getTaxonomies, "/api/oruk/taxonomies")).res.status).toBe(200);
  });
});
