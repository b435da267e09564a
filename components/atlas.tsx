"use client";
/**
 * The page: header, map, side panels and the timeline, around one store. The map (which
 * pulls in MapLibre) is loaded lazily so the first paint does not wait for it; the panels
 * and the timeline render at once from the same state. The map area shows the single map
 * or the two theatres (store.view), each loaded the same way.
 */
import dynamic from "next/dynamic";
import Link from "next/link";
import type { AtlasInit } from "@/lib/store/atlas-store";
import { AtlasStoreProvider } from "./state/atlas-store-provider";
import { useUrlSync } from "./state/use-url-sync";
import { Notices } from "./ui/notices";
import { Sidebar } from "./panels/sidebar";
import { Timeline } from "./timeline/timeline";
import { DataToolbar } from "./io/data-toolbar";
import { MapViewSwitch } from "./map/map-view-switch";
import { useAtlas } from "./state/atlas-store-provider";

// MapLibre is requested together with the map's own chunk, not after it has loaded and
// rendered (the map component imports it too; the second import reuses the first).
const MapView = dynamic(() => Promise.all([import("./map/map-view"), import("maplibre-gl")]).then(([m]) => m.MapView), {
  ssr: false,
  loading: () => <div className="map-container" data-map-state="loading" aria-busy="true" />,
});

const TheatresView = dynamic(
  () => Promise.all([import("./theatres/theatres-view"), import("maplibre-gl")]).then(([m]) => m.TheatresView),
  { ssr: false, loading: () => <div className="map-container" data-map-state="loading" aria-busy="true" /> },
);

function MapArea() {
  const view = useAtlas((s) => s.view);
  return view === "theatres" ? <TheatresView /> : <MapView />;
}

function UrlSync() {
  useUrlSync();
  return null;
}

/** What the header says of the data: from dataset.json, never from the clock. */
export interface DataStatement {
  version: string;
  dataThrough: string;
}

export function Atlas({ init, data }: { init: AtlasInit; data: DataStatement | null }) {
  return (
    <AtlasStoreProvider init={init}>
      <UrlSync />
      <div className="atlas">
        <header className="atlas-header">
          <h1>Exercise Atlas</h1>
          <p className="atlas-tagline">China–Russia joint exercises and patrols · NATO drills · every point sourced</p>
          <p className="atlas-data-through">
            {data ? <span data-testid="data-through">Data through {data.dataThrough}</span> : <span>Coverage unknown</span>}{" "}
            · <Link href="/coverage">Data coverage</Link>
          </p>
          <div className="atlas-toolbar" id="atlas-toolbar">
            <MapViewSwitch />
            <DataToolbar />
          </div>
        </header>
        <Notices />
        <main className="atlas-main">
          <section className="atlas-map" aria-label="Map">
            <MapArea />
          </section>
          <Sidebar />
        </main>
        <footer className="atlas-timeline">
          <Timeline />
        </footer>
      </div>
    </AtlasStoreProvider>
  );
}
