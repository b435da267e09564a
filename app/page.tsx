import { Atlas } from "@/components/atlas";
import { getDataset, getDatasetDescription } from "@/lib/data/load-dataset";
import { initialState, toSearchParams } from "@/lib/data/initial-state";
import { todayUtcDay } from "@/lib/data/today";

// Rendered per request: the URL's window and selection are parsed (and validated) on the
// server, so the first HTML already shows that view.
export const dynamic = "force-dynamic";

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const init = initialState(getDataset(), todayUtcDay(), toSearchParams(await searchParams));
  const { meta } = getDatasetDescription();
  return <Atlas init={init} data={meta ? { version: meta.version, dataThrough: meta.dataThrough } : null} />;
}
