/**
 * Colour arithmetic for checking the palette: sRGB ↔ linear RGB ↔ CIELAB, the CIE76 colour
 * difference, the WCAG contrast ratio, and simulations of the three dichromacies
 * (protanopia, deuteranopia, tritanopia) with the full-severity matrices of Machado,
 * Oliveira and Fernandes (2009), applied in linear RGB.
 *
 * Pure functions on `#rrggbb` strings and RGB triples (0–1); used by the palette tests, not
 * at run time.
 */
export type Rgb = readonly [number, number, number];
export type Deficiency = "protanopia" | "deuteranopia" | "tritanopia";

type Matrix = readonly [Rgb, Rgb, Rgb];

/** Machado et al. 2009, severity 1.0. */
const MACHADO: Readonly<Record<Deficiency, Matrix>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(m[1] as string, 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c: number) => Math.min(1, Math.max(0, c));

export function linearRgb(srgb: Rgb): Rgb {
  return [toLinear(srgb[0]), toLinear(srgb[1]), toLinear(srgb[2])];
}

/** How `hex` looks to a dichromat, as an sRGB triple. */
export function simulate(hex: string, deficiency: Deficiency): Rgb {
  const [r, g, b] = linearRgb(parseHex(hex));
  const m = MACHADO[deficiency];
  const row = (k: 0 | 1 | 2) => toGamma(clamp01(m[k][0] * r + m[k][1] * g + m[k][2] * b));
  return [row(0), row(1), row(2)];
}

/** CIELAB (D65) of an sRGB triple. */
export function lab(srgb: Rgb): Rgb {
  const [r, g, b] = linearRgb(srgb);
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two sRGB triples (about 2.3 is a just-noticeable difference). */
export function deltaE(a: Rgb, b: Rgb): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

function luminance(srgb: Rgb): number {
  const [r, g, b] = linearRgb(srgb);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio (1–21); 3 is the minimum for graphical objects. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
