"use client";
/**
 * The embed page's entry (app/embed): the same loading as the full app (the bundled events
 * and the URL's view, read in the browser), then the embedded view. Until the events are
 * here it shows the same frame, so nothing jumps when they arrive.
 */
import type { DatasetStatement as DataStatement } from "@/lib/cite/citation";
import { MapPlaceholder } from "../map/map-placeholder";
import { loadMapView, preloadMapView } from "../map/load-map-view";
import { useAtlasInit } from "../state/use-atlas-init";
import { LoadStatus } from "../ui/load-status";
import { EmbedView } from "./embed-view";
import "./embed.css";

preloadMapView();

export function EmbedLoader({ dataPath, data }: { dataPath: string; data: DataStatement | null }) {
  const loaded = useAtlasInit(dataPath, loadMapView);
  if (loaded && "init" in loaded) return <EmbedView init={loaded.init} data={data} />;
  return (
    <main className="embed" aria-label="Exercise Atlas, embedded view">
      <div className="embed-map">
        <MapPlaceholder />
      </div>
      <LoadStatus error={loaded && "error" in loaded ? loaded.error : null} className="embed-status" />
    </main>
  );
}
