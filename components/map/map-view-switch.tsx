"use client";
/** Chooses between the single map and the two theatres (store.view; the URL's `view`). */
import type { MapViewMode } from "@/lib/url/url-state";
import { useAtlas } from "../state/atlas-store-provider";
import "./map-view-switch.css";

const OPTIONS: readonly { value: MapViewMode; label: string }[] = [
  { value: "single", label: "Single map" },
  { value: "theatres", label: "Theatres" },
];

export function MapViewSwitch() {
  const view = useAtlas((s) => s.view);
  const setView = useAtlas((s) => s.setView);
  return (
    <fieldset className="map-view-switch">
      <legend className="visually-hidden">Map view</legend>
      {OPTIONS.map((o) => (
        <label key={o.value} className={view === o.value ? "is-checked" : undefined}>
          <input
            type="radio"
            name="map-view"
            value={o.value}
            checked={view === o.value}
            onChange={() => setView(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
