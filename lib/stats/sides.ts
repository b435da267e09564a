/**
 * The sides the panels compare. Bundled events belong to their bloc; imported events form
 * their own side (the user's data is never silently merged into the sourced dataset).
 */
import type { AtlasEvent } from "../domain/atlas-event";

export const SIDES = ["nato", "cn-ru", "imported"] as const;
export type Side = (typeof SIDES)[number];

export const SIDE_LABELS: Readonly<Record<Side, string>> = {
  nato: "NATO",
  "cn-ru": "China–Russia",
  imported: "Imported",
};

export function sideOf(e: Pick<AtlasEvent, "origin" | "bloc">): Side {
  return e.origin === "imported" ? "imported" : e.bloc;
}

/** The sides to show: NATO and China–Russia always, Imported when any imported event exists. */
export function sidesToShow(hasImported: boolean): Side[] {
  return hasImported ? ["nato", "cn-ru", "imported"] : ["nato", "cn-ru"];
}

/** Events grouped by side, keeping their order. */
export function groupBySide<T extends Pick<AtlasEvent, "origin" | "bloc">>(events: readonly T[]): Record<Side, T[]> {
  const out: Record<Side, T[]> = { nato: [], "cn-ru": [], imported: [] };
  for (const e of events) out[sideOf(e)].push(e);
  return out;
}
