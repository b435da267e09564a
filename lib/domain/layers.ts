/**
 * The map's event layers. Layer ids are a public contract: they appear in the URL
 * (`layers=`) and in tests. Every event belongs to exactly one layer, derived from its side
 * and kind (or from being imported), never stored in the data.
 */
import type { Bloc, EventKind } from "./schema";

export const LAYER_IDS = ["cn-ru-exercises", "cn-ru-patrols", "nato-drills", "imported"] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const LAYER_LABELS: Readonly<Record<LayerId, string>> = {
  "cn-ru-exercises": "China–Russia exercises",
  "cn-ru-patrols": "China–Russia air and naval patrols",
  "nato-drills": "NATO drills",
  imported: "Imported",
};

const PATROL_KINDS: ReadonlySet<EventKind> = new Set(["air-patrol", "naval-patrol", "coast-guard-patrol"]);

export function layerOf(event: { bloc: Bloc; kind: EventKind; origin: "bundled" | "imported" }): LayerId {
  if (event.origin === "imported") return "imported";
  if (event.bloc === "nato") return "nato-drills";
  return PATROL_KINDS.has(event.kind) ? "cn-ru-patrols" : "cn-ru-exercises";
}

export function isLayerId(s: string): s is LayerId {
  return (LAYER_IDS as readonly string[]).includes(s);
}
