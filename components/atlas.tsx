"use client";
/**
 * The page once its data is here: header, map, side panels and the timeline, around one
 * store made from `init` (already read from the URL, so the first frame shows the shared
 * view). The map (which pulls in MapLibre) is loaded lazily so the panels and the timeline
 * do not wait for it; they render at once from the same state.
 * The map area shows the single map or the two theatres (store.view), each loaded the same way.
 */
import dynamic from "next/dynamic";
import type { AtlasInit } from "@/lib/store/atlas-store";
import { AtlasHeader, type DataStatement } from "./atlas-header";
import { loadMapView } from "./map/load-map-view";
import { loadMapLib } from "./map/map-lib";
import { MapPlaceholder } from "./map/map-placeholder";
import { AtlasStoreProvider } from "./state/atlas-store-provider";
import { useUrlSync } from "./state/use-url-sync";
import { Notices } from "./ui/notices";
import { Sidebar } from "./panels/sidebar";
import { Timeline } from "./timeline/timeline";
import { DataToolbar } from "./io/data-toolbar";
import { MapViewSwitch } from "./map/map-view-switch";
import { ShareButtons } from "./share/share-buttons";
import { TourMenu } from "./tours/tour-menu";
import { TourPanel } from "./tours/tour-panel";
import { useAtlas } from "./state/atlas-store-provider";

const MapView = dynamic(loadMapView, { ssr: false, loading: () => <MapPlaceholder /> });

const TheatresView = dynamic(
  () => Promise.all([import("./theatres/theatres-view"), loadMapLib()]).then(([m]) => m.TheatresView),
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

export function Atlas({ init, data }: { init: AtlasInit; data: DataStatement | null }) {
  return (
    <AtlasStoreProvider init={{ ...init, dataset: data }}>
      <UrlSync />
      <div className="atlas">
        <AtlasHeader
          data={data}
          toolbar={
            <>
              <MapViewSwitch />
              <TourMenu />
              <ShareButtons />
              <DataToolbar />
            </>
          }
        />
        <Notices />
        <main className="atlas-main">
          <section className="atlas-map" aria-label="Map">
            <MapArea />
            <TourPanel />
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
