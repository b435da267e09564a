"use client";
/**
 * Loads the bundled events and makes the store's initial state from them and the page's URL
 * (read in the browser: the static HTML is the same for every URL). Shared by the full app
 * (components/atlas-loader.tsx) and the embed (components/embed/embed-loader.tsx). The map's
 * code (`preload`) is requested at the same time as the data, so neither waits for the other.
 */
import { useEffect, useState } from "react";
import { initialState } from "@/lib/data/initial-state";
import { todayUtcDay } from "@/lib/data/today";
import type { AtlasInit } from "@/lib/store/atlas-store";
import { fetchAtlasData } from "./fetch-atlas-data";

export type LoadedAtlas = { init: AtlasInit } | { error: string } | null;

/** `preload`: code to fetch while the data loads (the map's chunks); its failure is left to its user. */
export function useAtlasInit(dataPath: string, preload?: () => Promise<unknown>): LoadedAtlas {
  const [loaded, setLoaded] = useState<LoadedAtlas>(null);
  useEffect(() => {
    let current = true;
    // Started here, not when the map renders: the chunks arrive while the events do.
    // A failure is reported by the map component's own load later, so it is not handled twice.
    preload?.().catch(() => {});
    fetchAtlasData(dataPath).then(
      (atlasData) => {
        if (!current) return;
        // The URL's from/to are read against the bundled extent: the imports arrive later,
        // from IndexedDB, and widen the store's extent then (lib/store/atlas-store.ts).
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
  }, [dataPath, preload]);
  return loaded;
}
