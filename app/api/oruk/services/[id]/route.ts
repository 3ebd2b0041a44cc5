import { orukJson, orukOptions, orukRoute } from "@/lib/directory/oruk/handler";
import { getServiceDetail } from "@/lib/directory/oruk/queries";

export const dynamic = "force-dynamic";
export const GET = orukRoute(async (db, _url, { params }: { params: Promise<{ id: string }> }) => {
  const service = await getServiceDetail(db, (await params).id);
  return service ?? orukJson({ error: "No service with that id." }, 404);
});
export const OPTIONS = orukOptions;
