"use client";
/**
 * The Theatres view: two maps side by side (stacked on a phone), each on its own frame,
 * both driven by the one store — window, filters and selection — so a slider step moves
 * both. Each draws and counts only the visible events in its frame (lib/theatres); below,
 * how many visible events lie in neither frame. Loaded lazily, like the single map.
 */
import { selectOutsideTheatres } from "@/lib/store/theatre-selectors";
import { formatInt } from "@/lib/text/numbers";
import { useAtlas } from "../state/atlas-store-provider";
import { TheatrePanel } from "./theatre-panel";
import "./theatres.css";

export function TheatresView() {
  const outside = useAtlas((s) => selectOutsideTheatres(s).length);
  return (
    <div className="theatres">
      <div className="theatres-maps">
        <TheatrePanel index={0} />
        <TheatrePanel index={1} />
      </div>
      <p className="theatres-outside">
        <strong data-outside-count>{formatInt(outside)}</strong> visible event{outside === 1 ? "" : "s"} lie outside
        both frames (counted in neither).
      </p>
    </div>
  );
}
