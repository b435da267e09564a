"use client";
/** The timeline bar (window readout until the full timeline lands). */
import { formatDay } from "@/lib/domain/days";
import { useAtlas } from "../state/atlas-store-provider";

export function Timeline() {
  const window = useAtlas((s) => s.window);
  return (
    <div className="timeline" aria-label="Timeline">
      {formatDay(window.from)} – {formatDay(window.to)}
    </div>
  );
}
