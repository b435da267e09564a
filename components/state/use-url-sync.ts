"use client";
/**
 * Mirrors the shareable state (window, mode, layers, selection, open tab, map view and theatres) into the address bar with
 * history.replaceState, throttled while scrubbing so the browser is not flooded. The
 * initial state was read from the URL before the store was made (components/atlas-loader.tsx).
 */
import { useEffect } from "react";
import { serialiseUrlState } from "@/lib/url/url-state";
import { selectUrlDefaults, selectUrlState } from "@/lib/store/selectors";
import { useAtlasStoreApi } from "./atlas-store-provider";

const THROTTLE_MS = 250;

export function useUrlSync(): void {
  const store = useAtlasStoreApi();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = "";
    const write = () => {
      timer = null;
      const s = store.getState();
      const query = serialiseUrlState(selectUrlState(s), selectUrlDefaults(s));
      if (query === last) return;
      last = query;
      const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      window.history.replaceState(window.history.state, "", url);
    };
    last = new URLSearchParams(window.location.search).toString();
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.window === prev.window &&
        s.mode === prev.mode &&
        s.layers === prev.layers &&
        s.selectedId === prev.selectedId &&
        s.tab === prev.tab &&
        s.view === prev.view &&
        s.theatres === prev.theatres &&
        s.tour === prev.tour
      )
        return;
      timer ??= setTimeout(write, THROTTLE_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [store]);
}
