"use client";
/**
 * The map with the events on it and what a pointer does there. Hovering shows a tooltip
 * (name, dates); a click selects the event under the pointer, or opens a chooser when
 * several events share the spot (see lib/map/pick-hits.ts); the camera eases to whatever
 * is selected. The canvas is focusable (MapLibre's keyboard pan and zoom) and describes
 * itself as a picture whose text alternative is the events list. Loaded lazily by the page
 * (it pulls in MapLibre).
 *
 * The single map is `<MapView />`; a theatre's map passes its id, first view, name, the
 * events it draws and its label rule, and its own camera (the single map's follows the
 * selection; a theatre's keeps to its frame).
 */
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import type { MapLayerMouseEvent } from "react-map-gl/maplibre";
import type { MapGeoJSONFeature, Map as MaplibreMap } from "maplibre-gl";
import { interactiveLayerIds, isShapesSource } from "@/lib/map/event-layers";
import { mapCollectionsOf } from "@/lib/map/event-features";
import { isShownFeature } from "@/lib/map/shown-state";
import { pickHits, toMapHit, type MapHit } from "@/lib/map/pick-hits";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { selectAllEvents, selectEventsById } from "@/lib/store/selectors";
import { useAtlas } from "../state/atlas-store-provider";
import { focusEventDetails } from "../ui/focus";
import { BaseMap, type BaseMapProps } from "./base-map";
import { EventLayers, type EventLayersProps } from "./event-layers";
import { Legend } from "./legend";
import { MapTooltip } from "./map-tooltip";
import { SelectionCamera } from "./selection-camera";
import { TourCamera } from "./tour-camera";
import { StackChooser } from "./stack-chooser";
import "./map-ui.css";

const MAP_DESCRIPTION_ID = "atlas-map-description";
/** Pixels around the pointer that count as a hit (thin routes, small markers, fingers). */
const HIT_SLOP = 5;

interface Spot {
  lngLat: [number, number];
  hits: MapHit[];
}

function hitsAt(map: MaplibreMap, x: number, y: number, layers: readonly string[]): MapHit[] {
  const features = map.queryRenderedFeatures(
    [
      [x - HIT_SLOP, y - HIT_SLOP],
      [x + HIT_SLOP, y + HIT_SLOP],
    ],
    { layers: layers.filter((id) => map.getLayer(id)) },
  );
  return hitsOf(features);
}

/** The events among queried features, leaving out the shapes of hidden events. */
function hitsOf(features: readonly MapGeoJSONFeature[]): MapHit[] {
  return pickHits(
    features
      .filter((f) => isShownFeature(f, isShapesSource))
      .map((f) => toMapHit(f.properties))
      .filter((h): h is MapHit => h !== null),
  );
}

function eventsOf(hits: readonly MapHit[], byId: ReadonlyMap<string, AtlasEvent>): AtlasEvent[] {
  return hits.map((h) => byId.get(h.id)).filter((e): e is AtlasEvent => e !== undefined);
}

export interface MapViewProps extends EventLayersProps, Pick<BaseMapProps, "mapId" | "main" | "initialBounds"> {
  /** The canvas's accessible name. */
  label?: string;
  /** What moves the camera (default: the selection, then an open tour step's camera). */
  camera?: ReactNode;
  /** Show the legend with the layer switches (default true). */
  legend?: boolean;
}

export function MapView({
  mapId,
  main,
  initialBounds,
  drawnOf,
  labelRuleOf,
  labelsMinZoom,
  label = "Map of the visible exercises and patrols",
  camera = (
    <>
      <SelectionCamera />
      <TourCamera />
    </>
  ),
  legend = true,
}: MapViewProps = {}) {
  const descriptionId = mapId && mapId !== "single" ? `${mapId}-description` : MAP_DESCRIPTION_ID;
  const mapRef = useRef<MaplibreMap | null>(null);
  const onMapReady = useCallback(
    (map: MaplibreMap) => {
      mapRef.current = map;
      const canvas = map.getCanvas();
      canvas.setAttribute("aria-label", label);
      canvas.setAttribute("aria-describedby", descriptionId);
    },
    [label, descriptionId],
  );
  const selectEvent = useAtlas((s) => s.selectEvent);
  const byId = useAtlas(selectEventsById);
  // Large imports are drawn from several sources, each with its own copy of the layers.
  const chunks = useAtlas((s) => mapCollectionsOf(selectAllEvents(s)).chunks.length);
  const interactive = useMemo(() => interactiveLayerIds(chunks), [chunks]);
  const [hover, setHover] = useState<Spot | null>(null);
  const [chooser, setChooser] = useState<Spot | null>(null);

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      const hits = hitsAt(e.target, e.point.x, e.point.y, interactive);
      setHover(null);
      if (hits.length > 1) {
        setChooser({ lngLat: [e.lngLat.lng, e.lngLat.lat], hits });
        return;
      }
      setChooser(null);
      selectEvent(hits[0]?.id ?? null);
    },
    [selectEvent, interactive],
  );

  const onMouseMove = useCallback((e: MapLayerMouseEvent) => {
    const hits = hitsOf(e.features ?? []);
    setHover((prev) => {
      if (hits.length === 0) return null;
      const same = prev && prev.hits.length === hits.length && prev.hits.every((h, i) => h.id === hits[i]?.id);
      // Keep the tooltip where it first appeared while the pointer stays on the same events.
      return same ? prev : { lngLat: [e.lngLat.lng, e.lngLat.lat], hits };
    });
  }, []);

  const choose = useCallback(
    (id: string) => {
      setChooser(null);
      selectEvent(id);
      focusEventDetails();
    },
    [selectEvent],
  );
  const closeChooser = useCallback(() => {
    setChooser(null);
    mapRef.current?.getCanvas().focus();
  }, []);

  const hoverEvents = useMemo(() => (hover ? eventsOf(hover.hits, byId) : []), [hover, byId]);
  const chooserEvents = useMemo(() => (chooser ? eventsOf(chooser.hits, byId) : []), [chooser, byId]);

  return (
    <>
      <p id={descriptionId} className="visually-hidden">
        Arrow keys pan the map, plus and minus zoom. The list of visible events is this map&apos;s text alternative:
        choosing an event there selects it here and shows its details.
      </p>
      <BaseMap
        mapId={mapId}
        main={main}
        initialBounds={initialBounds}
        interactiveLayerIds={interactive}
        onMapReady={onMapReady}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
        cursor={hover ? "pointer" : "grab"}
      >
        <EventLayers drawnOf={drawnOf} labelRuleOf={labelRuleOf} labelsMinZoom={labelsMinZoom} />
        {camera}
        {hover && !chooser && hoverEvents.length > 0 ? <MapTooltip lngLat={hover.lngLat} events={hoverEvents} /> : null}
        {chooser && chooserEvents.length > 1 ? (
          <StackChooser lngLat={chooser.lngLat} events={chooserEvents} onChoose={choose} onClose={closeChooser} />
        ) : null}
      </BaseMap>
      {legend ? <Legend /> : null}
    </>
  );
}
