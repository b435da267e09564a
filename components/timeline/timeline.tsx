"use client";
/**
 * The timeline bar in the page footer: playback controls, exact dates and presets on top;
 * below them one time axis shared by the context markers, the two-sided monthly activity
 * histogram, the window slider and the year scale, so everything lines up by day.
 * Every part reads the store and writes through its actions; nothing here keeps a second
 * copy of the window.
 */
import { useRef } from "react";
import { dayToFraction } from "@/lib/timeline/axis";
import { useAtlas } from "../state/atlas-store-provider";
import { ActivityHistogram } from "./activity-histogram";
import { ContextMarkers } from "./context-markers";
import { DateFields } from "./date-fields";
import { PlaybackControls } from "./playback-controls";
import { PresetPicker } from "./preset-picker";
import { useElementWidth } from "./use-element-width";
import { WindowSlider } from "./window-slider";
import { YearGrid, YearLabels } from "./year-axis";
import "./timeline.css";

// Shorter on phones, where the map needs the height more.
const histogramHeight = (width: number) => (width < 500 ? 48 : 64);

function WindowShade() {
  const win = useAtlas((s) => s.window);
  const extent = useAtlas((s) => s.extent);
  const from = Math.max(0, dayToFraction(win.from, extent));
  const to = Math.min(1, dayToFraction(win.to + 1, extent));
  return (
    <div
      className="tl-shade"
      aria-hidden="true"
      style={{ left: `${from * 100}%`, width: `${Math.max(0, to - from) * 100}%` }}
    />
  );
}

export function Timeline() {
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef, 1000);
  return (
    <section className="timeline" aria-label="Timeline">
      <div className="tl-controls">
        <PlaybackControls />
        <div className="tl-range">
          <DateFields />
          <PresetPicker />
        </div>
      </div>
      <div className="tl-plot" ref={plotRef}>
        <div className="tl-chart">
          <YearGrid width={width} />
          <WindowShade />
          <ActivityHistogram width={width} height={histogramHeight(width)} />
          <ContextMarkers width={width} />
        </div>
        <WindowSlider />
        <YearLabels width={width} />
      </div>
    </section>
  );
}
