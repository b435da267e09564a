"use client";
/**
 * The static page's entry: the HTML is the same for every URL, so the view a link shares is
 * read here, in the browser. Until the events have arrived this renders the page's frame with
 * nothing that depends on the data or the URL (that is also the static HTML, so hydration
 * matches); then the store is made once, from the URL already parsed, and the first frame of
 * the atlas shows the shared window, tab and selection: there is no default view to jump from.
 */
import { Atlas } from "./atlas";
import { MapPlaceholder } from "./map/map-placeholder";
import { AtlasHeader, type DataStatement } from "./atlas-header";
import { loadMapView, preloadMapView } from "./map/load-map-view";
import { useAtlasInit } from "./state/use-atlas-init";
import { LoadStatus } from "./ui/load-status";

preloadMapView();

export function AtlasLoader({ dataPath, data }: { dataPath: string; data: DataStatement | null }) {
  const loaded = useAtlasInit(dataPath, loadMapView);
  if (loaded && "init" in loaded) return <Atlas init={loaded.init} data={data} />;
  const error = loaded && "error" in loaded ? loaded.error : null;
  return (
    <div className="atlas">
      <AtlasHeader data={data} />
      <main className="atlas-main">
        <section className="atlas-map" aria-label="Map">
          <MapPlaceholder />
        </section>
        <aside className="atlas-sidebar" aria-label="Panels">
          <LoadStatus error={error} className={error === null ? "atlas-loading" : "atlas-load-error"} />
        </aside>
      </main>
      <footer className="atlas-timeline" />
    </div>
  );
}
