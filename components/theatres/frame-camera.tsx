"use client";
/**
 * Keeps a theatre's map on its frame, and makes the frame follow the user. When the frame
 * changes from outside (a preset, "fit to visible", the URL) or the map is resized, the
 * camera jumps to show the whole frame; when the user pans or zooms (a move with an
 * `originalEvent`), the frame becomes what the map shows, rounded inward to 0.01° so it
 * stays inside the view. The frame is stored once per finished move, never per frame.
 */
import { useEffect, useRef } from "react";
import { useMap } from "react-map-gl/maplibre";
import type { Map as MaplibreMap } from "maplibre-gl";
import { normaliseFrame, roundFrameInward, type FrameBBox } from "@/lib/theatres/frame";
import type { TheatreFrame } from "@/lib/theatres/presets";
import type { TheatreIndex } from "@/lib/store/theatre-selectors";
import { useAtlas, useAtlasStoreApi } from "../state/atlas-store-provider";

function fit(map: MaplibreMap, [w, s, e, n]: FrameBBox) {
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding: 0, duration: 0 },
  );
}

export function FrameCamera({ index }: { index: TheatreIndex }) {
  const { current } = useMap();
  const store = useAtlasStoreApi();
  const frame = useAtlas((s) => s.theatres[index]);
  // The last frame this map set itself: already what it shows, so no jump back.
  const fromMap = useRef<TheatreFrame | null>(null);

  useEffect(() => {
    const map = current?.getMap();
    if (map && fromMap.current !== frame) fit(map, frame.bbox);
  }, [current, frame]);

  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    const onMoveEnd = (e: { originalEvent?: unknown }) => {
      if (!e.originalEvent) return;
      const b = map.getBounds();
      const box = normaliseFrame(b.getWest(), b.getSouth(), b.getEast(), b.getNorth());
      const bbox = box && roundFrameInward(box);
      if (!bbox) return;
      const next: TheatreFrame = { preset: null, bbox };
      fromMap.current = next;
      store.getState().setTheatre(index, next);
    };
    const onResize = () => fit(map, store.getState().theatres[index].bbox);
    map.on("moveend", onMoveEnd);
    map.on("resize", onResize);
    return () => {
      map.off("moveend", onMoveEnd);
      map.off("resize", onResize);
    };
  }, [current, store, index]);
  return null;
}
