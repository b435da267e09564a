/**
 * The timeline's derived state, memoised like the shared selectors: the activity histogram
 * (recomputed when the events, the non-time filters or the extent change — never while
 * scrubbing, because it ignores the window) and the umbrella-exercise presets.
 */
import { memoLast, selectAllEvents, selectTimelessCriteria } from "./selectors";
import type { AtlasState } from "./atlas-store";
import { activityHistogram, type ActivityHistogram } from "../timeline/histogram";
import { umbrellaPresets, type WindowPreset } from "../timeline/presets";

const histogramMemo = memoLast(activityHistogram);
export function selectActivityHistogram(s: AtlasState): ActivityHistogram {
  return histogramMemo(selectAllEvents(s), selectTimelessCriteria(s), s.extent);
}

const presetsMemo = memoLast(umbrellaPresets);
export function selectUmbrellaPresets(s: AtlasState): readonly WindowPreset[] {
  return presetsMemo(selectAllEvents(s), s.extent);
}
