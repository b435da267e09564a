"use client";
/**
 * The base map: MapLibre through react-map-gl (map-view.tsx puts the events on it), on the offline basemap unless a remote style is
 * configured. MapLibre itself is loaded lazily (a dynamic import handed to react-map-gl's
 * `mapLib`), so the first paint of the page never waits for it, and its worker is served
 * from our own origin.
 *
 * The container carries `data-map-state` ("loading" | "idle" | "moving") and `data-map-id`
 * so tests and the benchmark can wait for a map to settle, and the MapLibre instance is
 * published as `window.__atlasMaps[mapId]` for the same purpose (read-only use), and as
 * `window.__atlasMap` when it is the page's main map (the single map, or the first theatre);
 * its module as `window.__atlasMapLib`. Those are test hooks only: the main map is registered
 * for the app's own use (the PNG export) in components/state/main-map.ts. The component can
 * be mounted more than once.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import Map, { Layer, Source, type MapLayerMouseEvent, type MapRef } from "react-map-gl/maplibre";
import type { Map as MaplibreMap } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { basemapStyle, detailLayers, detailSources } from "@/lib/map/basemap-style";
import { chooseBasemap } from "@/lib/map/basemap-choice";
import { arrowImage } from "@/lib/map/arrow-image";
import { ARROW_IMAGE_ID } from "@/lib/map/event-layers";
import { MARKER_PIXEL_RATIO, markerImages } from "@/lib/map/marker-images";
import { useColorScheme } from "../ui/use-color-scheme";
import { loadMapLib } from "./map-lib";
import { holdPaintWhileLoading } from "@/lib/map/hold-paint";
import { clearMainMap, markMainMapSettled, setMainMap } from "../state/main-map";

declare global {
  interface Window {
    __atlasMap?: MaplibreMap;
    /** Every mounted map by its id ("single", "theatre-1", "theatre-2"). */
    __atlasMaps?: Record<string, MaplibreMap>;
  }
}

/** Europe to the western Pacific: the Baltic on the left, Japan and the Sea of Okhotsk on the right. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [-12, 18],
  [165, 66],
];

const basemapConfig = chooseBasemap(process.env.NEXT_PUBLIC_BASEMAP_STYLE_URL);

type Bounds = [[number, number], [number, number]];

export interface BaseMapProps {
  /** Names the map for tests and the benchmark (`window.__atlasMaps`). */
  mapId?: string;
  /** Publish this map as `window.__atlasMap` too (default true). */
  main?: boolean;
  /** The first view (default: INITIAL_BOUNDS). */
  initialBounds?: Bounds;
  /** Event sources and layers, rendered above the basemap and below its labels. */
  children?: ReactNode;
  interactiveLayerIds?: string[];
  onMapReady?: (map: MaplibreMap) => void;
  onClick?: (e: MapLayerMouseEvent) => void;
  onMouseMove?: (e: MapLayerMouseEvent) => void;
  onMouseLeave?: (e: MapLayerMouseEvent) => void;
  cursor?: string;
}

export function BaseMap({
  mapId = "single",
  main = true,
  initialBounds = INITIAL_BOUNDS,
  children,
  interactiveLayerIds,
  onMapReady,
  onClick,
  onMouseMove,
  onMouseLeave,
  cursor,
}: BaseMapProps) {
  const theme = useColorScheme();
  const mapRef = useRef<MapRef>(null);
  // `data-map-state` is written in the map's own events, not through React state: a render
  // for it came ~100 ms after the map was idle on a busy first view, and re-rendered the map
  // on every move. The JSX gives only its first value, which React then never rewrites.
  const containerRef = useRef<HTMLDivElement>(null);
  const setMapState = useCallback((next: "idle" | "moving") => {
    containerRef.current?.setAttribute("data-map-state", next);
  }, []);
  const [detailReady, setDetailReady] = useState(false);
  // Event layers are added only after the images they use exist (no "missing image" race).
  const [loaded, setLoaded] = useState(false);
  const [remoteFailed, setRemoteFailed] = useState(false);
  // Rendered only in the browser (the page loads this module with ssr: false).
  const [origin] = useState(() => window.location.origin);

  useEffect(() => {
    if (basemapConfig.warning) console.warn(basemapConfig.warning);
  }, []);

  const useRemote = basemapConfig.kind === "remote" && !remoteFailed;
  const mapStyle = useMemo(() => {
    if (useRemote && basemapConfig.kind === "remote") return basemapConfig.url;
    return basemapStyle(theme, origin);
  }, [origin, theme, useRemote]);

  // The event layers go on as soon as the style's JSON is read (`style._loaded`, the flag
  // addSource itself checks), not when isStyleLoaded() says yes: that waits until every
  // basemap source is tiled, which put the events' tiling after the basemap's.
  const setUp = useRef(false);
  const published = useRef<MaplibreMap | null>(null);
  const onStyleReady = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map || setUp.current || !map.style?._loaded) return;
    setUp.current = true;
    published.current = map;
    // One painted frame when the view has loaded, not one per tile (lib/map/hold-paint.ts says why).
    holdPaintWhileLoading(map);
    if (main) {
      setMainMap(map);
      window.__atlasMap = map;
    }
    window.__atlasMaps = { ...window.__atlasMaps, [mapId]: map };
    // Images the style asks for are made in code (no sprite to fetch); re-added after a style swap.
    const markers = markerImages();
    const addImages = () => {
      if (!map.hasImage(ARROW_IMAGE_ID)) map.addImage(ARROW_IMAGE_ID, arrowImage(), { sdf: true });
      for (const { id, image } of markers) {
        if (!map.hasImage(id)) map.addImage(id, image, { sdf: true, pixelRatio: MARKER_PIXEL_RATIO });
      }
    };
    addImages();
    map.on("styleimagemissing", (e: { id: string }) => {
      if (e.id === ARROW_IMAGE_ID || markers.some((m) => m.id === e.id)) addImages();
    });
    setLoaded(true);
    onMapReady?.(map);
  }, [onMapReady, main, mapId]);

  // A map that goes (the view switched) stops being published.
  useEffect(
    () => () => {
      const map = published.current;
      if (!map) return;
      if (window.__atlasMaps?.[mapId] === map) {
        const { [mapId]: _gone, ...rest } = window.__atlasMaps;
        window.__atlasMaps = rest;
      }
      if (window.__atlasMap === map) delete window.__atlasMap;
      clearMainMap(map);
    },
    [mapId],
  );

  const onIdle = useCallback(() => {
    setMapState("idle");
    if (main) markMainMapSettled();
    // The finer basemap is added only once the first view has settled.
    setDetailReady(true);
  }, [main, setMapState]);

  const onError = useCallback(
    (e: { error?: Error }) => {
      if (useRemote && mapRef.current && !mapRef.current.getMap().isStyleLoaded()) {
        console.warn(
          `The remote basemap style could not be loaded (${e.error?.message ?? "unknown error"}); using the offline basemap.`,
        );
        setRemoteFailed(true);
      }
    },
    [useRemote],
  );

  return (
    <div ref={containerRef} className="map-container" data-map-state="loading" data-map-id={mapId} data-theme={theme}>
      <Map
        ref={mapRef}
        mapLib={loadMapLib()}
        mapStyle={mapStyle}
        initialViewState={{ bounds: initialBounds, fitBoundsOptions: { padding: 0 } }}
        minZoom={0.5}
        maxZoom={12}
        renderWorldCopies
        // No label fade-in: in software WebGL every fade frame costs ~150–250 ms, and the fade
        // alone kept the first view from settling for seconds.
        fadeDuration={0}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        attributionControl={{ compact: false, customAttribution: "Natural Earth · Exercise Atlas" }}
        interactiveLayerIds={interactiveLayerIds}
        onStyleData={onStyleReady}
        onLoad={onStyleReady}
        onIdle={onIdle}
        onMoveStart={() => setMapState("moving")}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
        cursor={cursor}
        onError={onError}
        style={{ position: "absolute", inset: 0 }}
      >
        {!useRemote &&
          detailReady &&
          Object.entries(detailSources(origin)).map(([id, spec]) => {
            const layer = detailLayers(theme).find((l) => l.id === id);
            return (
              <Source key={id} id={id} {...spec}>
                {layer ? <Layer {...layer} beforeId="basemap-land-110m" /> : null}
              </Source>
            );
          })}
        {loaded ? children : null}
      </Map>
    </div>
  );
}
