"use client";
/**
 * Keeps the `shown` feature state of the map's shape sources equal to the set the map draws
 * (lib/map/shown-state.ts): the visible set, or a theatre's part of it. It listens to the store directly rather than through a render,
 * so a slider step reaches the map in the same task as the store change, before React
 * re-renders the panels.
 */
import { useEffect } from "react";
import { useMap } from "react-map-gl/maplibre";
import type { MapCollections } from "@/lib/map/event-features";
import { shapesSourceId } from "@/lib/map/event-layers";
import { SHOWN_STATE, shownChanges } from "@/lib/map/shown-state";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import type { AtlasState } from "@/lib/store/atlas-store";
import { selectVisibleEvents } from "@/lib/store/selectors";
import { useAtlasStoreApi } from "../state/atlas-store-provider";

export function useShownState(
  { featureIdOf, chunkOfFeature, chunks }: MapCollections,
  drawnOf: (s: AtlasState) => readonly AtlasEvent[] = selectVisibleEvents,
): void {
  const { current } = useMap();
  const store = useAtlasStoreApi();
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    const sourceIds = chunks.map((_, i) => shapesSourceId(i));
    let sources: unknown[] = [];
    let shown = new Set<number>();
    let lastVisible: unknown = null;
    const currentSources = () => sourceIds.map((id) => map.getSource(id));
    const set = (id: number, value: boolean) =>
      map.setFeatureState(
        { source: sourceIds[chunkOfFeature[id] ?? 0] ?? sourceIds[0]!, id },
        { [SHOWN_STATE]: value },
      );
    const apply = () => {
      const now = currentSources();
      if (now.some((s) => !s)) return;
      const visible = drawnOf(store.getState());
      lastVisible = visible;
      if (now.some((s, i) => s !== sources[i])) {
        // New sources (the first run, new data and ids, or a style swap): start from nothing.
        sources = now;
        for (const id of sourceIds) map.removeFeatureState({ source: id });
        shown = new Set();
      }
      const { show, hide, next } = shownChanges(shown, visible, featureIdOf);
      for (const id of hide) set(id, false);
      for (const id of show) set(id, true);
      shown = next;
    };
    apply();
    const unsubscribe = store.subscribe((s) => {
      if (drawnOf(s) !== lastVisible) apply();
    });
    const onStyleData = () => {
      if (currentSources().some((s, i) => s !== sources[i])) apply();
    };
    map.on("styledata", onStyleData);
    return () => {
      unsubscribe();
      map.off("styledata", onStyleData);
    };
  }, [current, store, featureIdOf, chunkOfFeature, chunks, drawnOf]);
}
