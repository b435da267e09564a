"use client";
/**
 * One theatre: its frame chooser (a preset, or the custom frame panned to), "Fit to
 * visible", its map — the same event layers as the single map, drawing only the visible
 * events in its frame — and its summary strip.
 */
import { useCallback, useMemo, type ChangeEvent } from "react";
import { THEATRE_LABELS_MIN_ZOOM } from "@/lib/map/event-layers";
import type { AtlasState } from "@/lib/store/atlas-store";
import { selectVisibleEvents } from "@/lib/store/selectors";
import { fitFrame } from "@/lib/theatres/fit";
import {
  frameLabel,
  isTheatrePresetId,
  presetFrame,
  THEATRE_PRESET_IDS,
  THEATRE_PRESETS,
} from "@/lib/theatres/presets";
import { selectTheatreEvents, selectTheatreLabelFilter, type TheatreIndex } from "@/lib/store/theatre-selectors";
import { MapView } from "../map/map-view";
import { useAtlas, useAtlasStoreApi } from "../state/atlas-store-provider";
import { FrameCamera } from "./frame-camera";
import { FrameOutline } from "./frame-outline";
import { TheatreStrip } from "./theatre-strip";

const CUSTOM = "custom";

export function TheatrePanel({ index }: { index: TheatreIndex }) {
  const store = useAtlasStoreApi();
  const frame = useAtlas((s) => s.theatres[index]);
  const name = frameLabel(frame);
  const n = index + 1;
  const selectId = `theatre-${n}-frame`;
  // Stable selectors per theatre, so the map's layers are not rebuilt on every render.
  const drawnOf = useCallback((s: AtlasState) => selectTheatreEvents(s, index), [index]);
  const labelRuleOf = useCallback((s: AtlasState) => selectTheatreLabelFilter(s, index), [index]);
  // Only the first view comes from here; FrameCamera keeps the map on its frame afterwards.
  const [w, s, e, north] = useMemo(() => store.getState().theatres[index].bbox, [store, index]);

  const onChoose = (ev: ChangeEvent<HTMLSelectElement>) => {
    const value = ev.target.value;
    if (isTheatrePresetId(value)) store.getState().setTheatre(index, presetFrame(value));
  };
  const onFit = () => {
    const state = store.getState();
    const boxes = selectVisibleEvents(state).flatMap((x) => (x.bbox ? [x.bbox] : []));
    const bbox = fitFrame(boxes);
    if (bbox) state.setTheatre(index, { preset: null, bbox });
    else state.notify(`No events are visible, so theatre ${n}'s frame was left as it is.`);
  };

  return (
    <section className="theatre" aria-label={`Theatre ${n}: ${name}`} data-theatre={index}>
      <div className="theatre-controls">
        <label htmlFor={selectId}>Theatre {n} frame</label>
        <select id={selectId} value={frame.preset ?? CUSTOM} onChange={onChoose}>
          {THEATRE_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {THEATRE_PRESETS[id].label}
            </option>
          ))}
          <option value={CUSTOM} disabled={frame.preset !== null}>
            Custom frame (panned or fitted)
          </option>
        </select>
        <button type="button" className="io-button" onClick={onFit} aria-label={`Fit to visible: theatre ${n}`}>
          Fit to visible
        </button>
      </div>
      <div className="theatre-map">
        <MapView
          mapId={`theatre-${n}`}
          main={index === 0}
          initialBounds={[
            [w, s],
            [e, north],
          ]}
          drawnOf={drawnOf}
          labelRuleOf={labelRuleOf}
          labelsMinZoom={THEATRE_LABELS_MIN_ZOOM}
          label={`Map of theatre ${n}: the visible exercises and patrols in its frame`}
          camera={
            <>
              <FrameCamera index={index} />
              <FrameOutline index={index} />
            </>
          }
          legend={index === 0}
        />
      </div>
      <TheatreStrip index={index} name={name} />
    </section>
  );
}
