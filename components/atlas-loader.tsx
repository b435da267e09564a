"use client";
/**
 * The static page's entry: the HTML is the same for every URL, so the view a link shares is
 * read here, in the browser. Until the events have arrived this renders the page's frame with
 * nothing that depends on the data or the URL (that is also the static HTML, so hydration
 * matches); then the store is made once, from the URL already parsed, and the first frame of
 * the atlas shows the shared window, tab and selection: there is no default view to jump from.
 *
 * The map's code is requested at the same time as the data, so neither waits for the other.
 */
import { useEffect, useState } from "react";
import { initialState } from "@/lib/data/initial-state";
import { todayUtcDay } from "@/lib/data/today";
import type { AtlasInit } from "@/lib/store/atlas-store";
import { Atlas, MapPlaceholder } from "./atlas";
import { AtlasHeader, type DataStatement } from "./atlas-header";
import { loadMapView } from "./map/load-map-view";
import { fetchAtlasData } from "./state/fetch-atlas-data";

type Loaded = { init: AtlasInit } | { error: string } | null;

export function AtlasLoader({ dataPath, data }: { dataPath: string; data: DataStatement | null }) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let current = true;
    // Started here, not when <Atlas> renders the map: the chunks arrive while the events do.
    // A failure is reported by the map component's own load later, so it is not handled twice.
    loadMapView().catch(() => {});
    fetchAtlasData(dataPath).then(
      (atlasData) => {
        if (!current) return;
        const init = initialState(atlasData, todayUtcDay(), new URLSearchParams(window.location.search));
        performance.mark("atlas:data-ready");
        setLoaded({ init });
      },
      (e: unknown) => {
        if (current) setLoaded({ error: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      current = false;
    };
  }, [dataPath]);

  if (loaded && "init" in loaded) return <Atlas init={loaded.init} data={data} />;
  return (
    <div className="atlas">
      <AtlasHeader data={data} />
      <main className="atlas-main">
        <section className="atlas-map" aria-label="Map">
          <MapPlaceholder />
        </section>
        <aside className="atlas-sidebar" aria-label="Panels">
          {loaded && "error" in loaded ? (
            <p role="alert" className="atlas-load-error">
              {loaded.error}
            </p>
          ) : (
            <p role="status" className="atlas-loading">
              Loading events…
            </p>
          )}
        </aside>
      </main>
      <footer className="atlas-timeline" />
    </div>
  );
}
