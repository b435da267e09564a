"use client";
/**
 * "Export GeoJSON", "Export CSV" and "Export PNG": the visible events (the same
 * `selectVisibleEvents` the list shows) as data, and the current map view as an image. The
 * exporters are loaded on first use so they cost nothing on page load.
 */
import { useState } from "react";
import { formatDay } from "@/lib/domain/days";
import { LAYER_IDS } from "@/lib/domain/layers";
import { layerColour, LAYER_PRESENTATION } from "@/lib/map/layer-presentation";
import { PALETTES } from "@/lib/map/palette";
import { selectVisibleEvents } from "@/lib/store/selectors";
import { viewCitation } from "@/lib/store/view-citation";
import { todayUtcDay } from "@/lib/data/today";
import { useAtlasStoreApi } from "../state/atlas-store-provider";
import { saveBlob } from "./download";
import { getMainMap } from "../state/main-map";

export function ExportButtons() {
  const store = useAtlasStoreApi();
  const [busy, setBusy] = useState(false);

  const exportData = async (format: "geojson" | "csv") => {
    const state = store.getState();
    const events = selectVisibleEvents(state);
    const { toCsv, toGeoJson, exportFileName } = await import("@/lib/io/export-data");
    const name = exportFileName(state.window, format);
    if (format === "csv") saveBlob(new Blob([toCsv(events)], { type: "text/csv;charset=utf-8" }), name);
    else saveBlob(new Blob([JSON.stringify(toGeoJson(events))], { type: "application/geo+json" }), name);
    state.notify(
      `Exported ${events.length} visible event${events.length === 1 ? "" : "s"} as ${format === "csv" ? "CSV" : "GeoJSON"}.`,
    );
  };

  const exportPng = async () => {
    const map = getMainMap();
    const state = store.getState();
    if (!map) {
      state.notify("The map is still loading; try again in a moment.", "warning");
      return;
    }
    setBusy(true);
    try {
      const { mapToPng } = await import("./export-png");
      const { exportFileName } = await import("@/lib/io/export-data");
      const theme = document.querySelector(".map-container")?.getAttribute("data-theme") === "dark" ? "dark" : "light";
      const count = selectVisibleEvents(state).length;
      const attribution =
        document.querySelector(".maplibregl-ctrl-attrib-inner")?.textContent?.trim() ||
        "Natural Earth · Exercise Atlas";
      const blob = await mapToPng(map, {
        title: "Exercise Atlas",
        subtitle: `${formatDay(state.window.from)} to ${formatDay(state.window.to)} · ${count} visible event${count === 1 ? "" : "s"}`,
        legend: LAYER_IDS.filter((l) => state.layers.has(l)).map((l) => ({
          label: LAYER_PRESENTATION[l].label,
          colour: layerColour(PALETTES[theme], l),
        })),
        attribution,
        citation: viewCitation(state, window.location.origin, todayUtcDay())?.text,
        theme,
      });
      saveBlob(blob, exportFileName(state.window, "png"));
    } catch (err) {
      state.notify(`The image could not be made (${err instanceof Error ? err.message : String(err)}).`, "error");
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="io-button" onClick={() => void exportData("geojson")}>
        Export GeoJSON
      </button>
      <button type="button" className="io-button" onClick={() => void exportData("csv")}>
        Export CSV
      </button>
      <button
        type="button"
        className="io-button"
        onClick={() => void exportPng()}
        aria-busy={busy || undefined}
        disabled={busy}
      >
        Export PNG
      </button>
    </>
  );
}
