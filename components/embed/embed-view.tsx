"use client";
/**
 * The embedded view: the map, the timeline and a compact bar (what the layers mean, the
 * data's version and attribution, a link back to the full view), sized to the frame it is
 * placed in. Same store, same visibility rule and same map as the full app; no side panels,
 * no imports (an article shows the bundled data). The URL keeps following the view, and the
 * link back opens the full app on exactly this view.
 */
import dynamic from "next/dynamic";
import type { AtlasInit } from "@/lib/store/atlas-store";
import { MapPlaceholder } from "../map/map-placeholder";
import type { DatasetStatement as DataStatement } from "@/lib/cite/citation";
import { loadMapView } from "../map/load-map-view";
import { AtlasStoreProvider } from "../state/atlas-store-provider";
import { useUrlSync } from "../state/use-url-sync";
import { Timeline } from "../timeline/timeline";
import { Notices } from "../ui/notices";
import { EmbedBar } from "./embed-bar";

const MapView = dynamic(loadMapView, { ssr: false, loading: () => <MapPlaceholder /> });

function UrlSync() {
  useUrlSync();
  return null;
}

export function EmbedView({ init, data }: { init: AtlasInit; data: DataStatement | null }) {
  return (
    <AtlasStoreProvider init={{ ...init, view: "single", dataset: data }}>
      <UrlSync />
      <main className="embed" aria-label="Exercise Atlas, embedded view">
        <Notices />
        <section className="embed-map atlas-map" aria-label="Map">
          <MapView legend={false} />
        </section>
        <EmbedBar data={data} />
        <div className="embed-timeline">
          <Timeline />
        </div>
      </main>
    </AtlasStoreProvider>
  );
}
