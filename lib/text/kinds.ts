/**
 * What each event kind is called in running text ("air patrol", "command-post exercise"):
 * the details panel, the events list, the filter chips, the comparison chart and the lane
 * chart all read this one table. Lower case, since the words sit inside sentences and lists.
 */
import type { EventKind } from "../domain/schema";

export const KIND_TEXT: Readonly<Record<EventKind, string>> = {
  exercise: "exercise",
  "command-post": "command-post exercise",
  "air-patrol": "air patrol",
  "naval-patrol": "naval patrol",
  "coast-guard-patrol": "coast-guard patrol",
};

export function kindText(kind: EventKind): string {
  return KIND_TEXT[kind];
}
