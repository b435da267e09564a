"use client";
/**
 * Keeps the `shown` feature state of the map's events source equal to the visible set
 * (lib/map/shown-state.ts). It listens to the store directly rather than through a render,
 * so a slider step reaches the map in the same task as the store change, before React
 * re-renders the panels.
 */
import { useEffect } from "react";
import { useMap } from "react-map-gl/maplibre";
import { EVENTS_SOURCE_ID } from "@/lib/map/event-layers";
import { SHOWN_STATE, shownChanges } from "@/lib/map/shown-state";
import { selectVisibleEvents } from "@/lib/store/selectors";
import { useAtlasStoreApi } from "../state/atlas-store-provider";

export function useShownState(featureIdOf: ReadonlyMap<string, number>): void {
  const { current } = useMap();
  const store = useAtlasStoreApi();
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    let source: unknown = null;
    let shown = new Set<number>();
    let lastVisible: unknown = null;
    const apply = () => {
      const src = map.getSource(EVENTS_SOURCE_ID);
      if (!src) return;
      const visible = selectVisibleEvents(store.getState());
      lastVisible = visible;
      if (src !== source) {
        // A new source (the first run, new data ids, or a style swap): start from nothing.
        source = src;
        map.removeFeatureState({ source: EVENTS_SOURCE_ID });
        shown = new Set();
      }
      const { show, hide, next } = shownChanges(shown, visible, featureIdOf);
      for (const id of hide) map.setFeatureState({ source: EVENTS_SOURCE_ID, id }, { [SHOWN_STATE]: false });
      for (const id of show) map.setFeatureState({ source: EVENTS_SOURCE_ID, id }, { [SHOWN_STATE]: true });
      shown = next;
    };
    apply();
    const unsubscribe = store.subscribe((s) => {
      if (selectVisibleEvents(s) !== lastVisible) apply();
    });
    const onStyleData = () => {
      if (map.getSource(EVENTS_SOURCE_ID) !== source) apply();
    };
    map.on("styledata", onStyleData);
    return () => {
      unsubscribe();
      map.off("styledata", onStyleData);
    };
  }, [current, store, featureIdOf]);
}
