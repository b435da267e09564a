/**
 * The URL's `theatres` value: two frames separated by a comma, each a preset id
 * (`baltic`, `pacific`, …) or a box written `west_south_east_north` in degrees with at most
 * two decimals (`east` may exceed 180 for a box across the antimeridian), e.g.
 * `theatres=baltic,120.5_18_152_45.25`. Parsed as untrusted input: a frame that is not
 * valid is replaced by that theatre's default and described in a plain-text notice.
 */
import { normaliseFrame, type FrameBBox } from "./frame";
import {
  DEFAULT_THEATRES,
  isTheatrePresetId,
  presetFrame,
  sameFrame,
  type TheatreFrame,
  type TheatrePair,
} from "./presets";

const NUMBER = /^-?\d{1,3}(\.\d{1,2})?$/;

function parseBox(text: string): FrameBBox | null {
  const parts = text.split("_");
  if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p))) return null;
  const [w, s, e, n] = parts.map(Number) as [number, number, number, number];
  if (w < -180 || w > 180 || e <= w || e - w > 360 || s < -90 || n > 90) return null;
  return normaliseFrame(w, s, e, n);
}

/** One frame written in the URL's form, or null when it is neither a preset nor a box. */
export function parseFrame(text: string): TheatreFrame | null {
  if (isTheatrePresetId(text)) return presetFrame(text);
  const bbox = parseBox(text);
  return bbox ? { preset: null, bbox } : null;
}

/** `quote` shows a rejected value safely (the URL module's quoteValue). */
export function parseTheatresParam(
  text: string,
  quote: (value: string) => string,
): { theatres: TheatrePair; notices: string[] } {
  const parts = text.split(",");
  const notices: string[] = [];
  if (parts.length !== 2) {
    notices.push(`"theatres" must name two frames separated by a comma; ${quote(text)} was ignored.`);
    return { theatres: DEFAULT_THEATRES, notices };
  }
  const frames = parts.map((p, i) => {
    const f = parseFrame(p.trim());
    if (f) return f;
    notices.push(
      `Theatre ${i + 1} must be a theatre's name or a box written west_south_east_north; ${quote(p)} was ignored and the default frame is shown.`,
    );
    return DEFAULT_THEATRES[i as 0 | 1];
  });
  return { theatres: [frames[0]!, frames[1]!], notices };
}

const round2 = (x: number) => String(Math.round(x * 100) / 100);

export function serialiseFrame(f: TheatreFrame): string {
  return f.preset ?? f.bbox.map(round2).join("_");
}

/** The value to write, or null when both frames are the defaults. */
export function serialiseTheatres(t: TheatrePair): string | null {
  if (sameFrame(t[0], DEFAULT_THEATRES[0]) && sameFrame(t[1], DEFAULT_THEATRES[1])) return null;
  return `${serialiseFrame(t[0])},${serialiseFrame(t[1])}`;
}
