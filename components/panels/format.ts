/**
 * The side an event counts on, as the panels name it ("NATO", "China–Russia", "Imported").
 * Kind labels, dates and numbers as text are in lib/text.
 */
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { SIDE_LABELS, sideOf } from "@/lib/stats/sides";

export function sideLabelOf(e: Pick<AtlasEvent, "origin" | "bloc">): string {
  return SIDE_LABELS[sideOf(e)];
}
