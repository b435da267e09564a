/** Display text for events and numbers in the panels (plain strings; React renders them as text). */
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { SIDE_LABELS, sideOf } from "@/lib/stats/sides";

const KIND_LABELS: Record<AtlasEvent["kind"], string> = {
  exercise: "exercise",
  "command-post": "command-post exercise",
  "air-patrol": "air patrol",
  "naval-patrol": "naval patrol",
  "coast-guard-patrol": "coast-guard patrol",
};

export function kindLabel(kind: AtlasEvent["kind"]): string {
  return KIND_LABELS[kind];
}

export function datesOf(e: Pick<AtlasEvent, "start" | "end">): string {
  return e.start === e.end ? e.start : `${e.start} – ${e.end}`;
}

export function sideLabelOf(e: Pick<AtlasEvent, "origin" | "bloc">): string {
  return SIDE_LABELS[sideOf(e)];
}

const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
export function formatInt(n: number): string {
  return integer.format(n);
}
