"use client";
/**
 * Window presets: All, the last 12 months, and each umbrella exercise (its exact dates).
 * The choice shown is derived from the window, so it reads "Custom range" as soon as the
 * window no longer matches a preset.
 */
import { useMemo } from "react";
import { allPreset, lastTwelveMonthsPreset } from "@/lib/timeline/presets";
import { selectUmbrellaPresets } from "@/lib/store/timeline-selectors";
import { useAtlas, useAtlasStoreApi } from "../state/atlas-store-provider";

export function PresetPicker() {
  const store = useAtlasStoreApi();
  const extent = useAtlas((s) => s.extent);
  const win = useAtlas((s) => s.window);
  const umbrellas = useAtlas(selectUmbrellaPresets);
  const general = useMemo(() => [allPreset(extent), lastTwelveMonthsPreset(extent)], [extent]);
  const all = useMemo(() => [...general, ...umbrellas], [general, umbrellas]);
  const current = all.find((p) => p.window.from === win.from && p.window.to === win.to)?.id ?? "";

  return (
    <select
      className="tl-select tl-presets"
      aria-label="Range preset"
      value={current}
      onChange={(e) => {
        const preset = all.find((p) => p.id === e.target.value);
        if (!preset) return;
        store.getState().scrubWindow(preset.window);
      }}
    >
      <option value="" disabled>
        Custom range
      </option>
      {general.map((p) => (
        <option key={p.id} value={p.id}>
          {p.label}
        </option>
      ))}
      {umbrellas.length > 0 ? (
        <optgroup label="Umbrella exercises">
          {umbrellas.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </optgroup>
      ) : null}
    </select>
  );
}
