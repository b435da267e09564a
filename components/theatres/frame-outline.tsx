"use client";
/** The theatre's frame drawn on its map (lib/theatres/frame-outline.ts). */
import { useMemo } from "react";
import { Layer, Source } from "react-map-gl/maplibre";
import { frameOutline, frameOutlineLayer, FRAME_SOURCE_ID } from "@/lib/theatres/frame-outline";
import type { TheatreIndex } from "@/lib/store/theatre-selectors";
import { useColorScheme } from "../ui/use-color-scheme";
import { useAtlas } from "../state/atlas-store-provider";

export function FrameOutline({ index }: { index: TheatreIndex }) {
  const theme = useColorScheme();
  const bbox = useAtlas((s) => s.theatres[index].bbox);
  const data = useMemo(() => frameOutline(bbox), [bbox]);
  const layer = useMemo(() => frameOutlineLayer(theme), [theme]);
  return (
    <Source id={FRAME_SOURCE_ID} type="geojson" data={data}>
      <Layer {...layer} />
    </Source>
  );
}
