/**
 * What a key does to a thumb of the window slider (the contract of the issue): ArrowLeft /
 * ArrowRight (and Down / Up) move one day, PageDown / PageUp one month, Home / End to the
 * ends of the range the thumb may take (the start thumb stops at the end thumb and vice
 * versa). Returns the new window, or null when the key is not the slider's.
 */
import { addMonths } from "../domain/days";
import type { TimeWindow } from "../domain/visibility";
import { moveEdge } from "../domain/time-window";

export type Edge = "from" | "to";

export function sliderKeyTarget(key: string, edge: Edge, w: TimeWindow, extent: TimeWindow): TimeWindow | null {
  const day = w[edge];
  let target: number;
  switch (key) {
    case "ArrowLeft":
    case "ArrowDown":
      target = day - 1;
      break;
    case "ArrowRight":
    case "ArrowUp":
      target = day + 1;
      break;
    case "PageDown":
      target = addMonths(day, -1);
      break;
    case "PageUp":
      target = addMonths(day, 1);
      break;
    case "Home":
      target = edge === "from" ? extent.from : w.from;
      break;
    case "End":
      target = edge === "from" ? w.to : extent.to;
      break;
    default:
      return null;
  }
  return moveEdge(w, edge, target, extent);
}
