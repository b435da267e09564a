/**
 * The theatres a user can frame with one choice. These are UI presets (boxes wide enough to
 * hold the region's usual exercise areas and patrol routes), not facts about the data.
 * The Arctic box runs from the Barents Sea across the antimeridian to the Bering Strait.
 */
import type { FrameBBox } from "./frame";

export const THEATRE_PRESET_IDS = ["baltic", "pacific", "central-asia", "arctic", "black-sea"] as const;
export type TheatrePresetId = (typeof THEATRE_PRESET_IDS)[number];

export interface TheatrePreset {
  id: TheatrePresetId;
  label: string;
  bbox: FrameBBox;
}

export const THEATRE_PRESETS: Readonly<Record<TheatrePresetId, TheatrePreset>> = {
  baltic: { id: "baltic", label: "Baltic (Poland and the Baltic states)", bbox: [9, 49, 30, 61] },
  pacific: { id: "pacific", label: "Sea of Japan, East China Sea and western Pacific", bbox: [115, 20, 150, 47] },
  "central-asia": { id: "central-asia", label: "Central Asia", bbox: [46, 35, 88, 55] },
  arctic: { id: "arctic", label: "Arctic (Barents Sea to the Bering Strait)", bbox: [10, 64, 192, 82] },
  "black-sea": { id: "black-sea", label: "Black Sea", bbox: [26, 40, 42, 48] },
};

export function isTheatrePresetId(value: string): value is TheatrePresetId {
  return (THEATRE_PRESET_IDS as readonly string[]).includes(value);
}

/** A theatre's frame: a preset's box, or one the user panned to or fitted (`preset: null`). */
export interface TheatreFrame {
  preset: TheatrePresetId | null;
  bbox: FrameBBox;
}

export function presetFrame(id: TheatrePresetId): TheatreFrame {
  return { preset: id, bbox: THEATRE_PRESETS[id].bbox };
}

export type TheatrePair = readonly [TheatreFrame, TheatreFrame];

export const DEFAULT_THEATRES: TheatrePair = [presetFrame("baltic"), presetFrame("pacific")];

/** How a frame is named to the user. */
export function frameLabel(f: TheatreFrame): string {
  return f.preset ? THEATRE_PRESETS[f.preset].label : "Custom frame";
}

export function sameFrame(a: TheatreFrame, b: TheatreFrame): boolean {
  return a.preset === b.preset && a.bbox.every((v, i) => v === b.bbox[i]);
}
