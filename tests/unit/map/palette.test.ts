/**
 * The palette, as readers see it: the three sides stay apart in both themes for normal
 * vision and under simulated protanopia, deuteranopia and tritanopia, and every side colour
 * (and the selection highlight) stands out from land and sea.
 */
import { describe, expect, it } from "vitest";
import { PALETTES } from "@/lib/map/palette";
import { contrastRatio, deltaE, parseHex, simulate, type Deficiency, type Rgb } from "@/lib/map/colour-vision";

const VISIONS: (Deficiency | "typical")[] = ["typical", "protanopia", "deuteranopia", "tritanopia"];
/** CIE76 ΔE: 2.3 is just noticeable; 20 is "a different colour" at a glance on a busy map. */
const MIN_SIDE_DIFFERENCE = 20;
/** WCAG 2 non-text contrast (1.4.11). */
const MIN_CONTRAST = 3;

const seen = (hex: string, v: Deficiency | "typical"): Rgb => (v === "typical" ? parseHex(hex) : simulate(hex, v));

describe("colour maths", () => {
  it("matches known values", () => {
    expect(contrastRatio(parseHex("#000000"), parseHex("#ffffff"))).toBeCloseTo(21, 5);
    expect(deltaE(parseHex("#777777"), parseHex("#777777"))).toBe(0);
    // Red and green collapse for a deuteranope; blue and orange do not.
    expect(deltaE(simulate("#d62728", "deuteranopia"), simulate("#2ca02c", "deuteranopia"))).toBeLessThan(
      MIN_SIDE_DIFFERENCE,
    );
    expect(deltaE(simulate("#1f77b4", "deuteranopia"), simulate("#ff7f0e", "deuteranopia"))).toBeGreaterThan(
      MIN_SIDE_DIFFERENCE,
    );
  });
});

describe("palette", () => {
  for (const theme of ["light", "dark"] as const) {
    const p = PALETTES[theme];
    const sides = { nato: p.nato, cnru: p.cnru, imported: p.imported };
    const pairs = [
      ["nato", "cnru"],
      ["nato", "imported"],
      ["cnru", "imported"],
    ] as const;

    for (const v of VISIONS) {
      it(`keeps NATO, China–Russia and imported apart in the ${theme} theme (${v} vision)`, () => {
        for (const [a, b] of pairs) {
          const d = deltaE(seen(sides[a], v), seen(sides[b], v));
          expect(d, `${a} vs ${b}`).toBeGreaterThanOrEqual(MIN_SIDE_DIFFERENCE);
        }
        // The two sides that matter most are far apart, not just distinguishable.
        expect(deltaE(seen(p.nato, v), seen(p.cnru, v))).toBeGreaterThanOrEqual(40);
      });
    }

    it(`makes every side colour and the highlight stand out from land and sea (${theme})`, () => {
      for (const [name, hex] of Object.entries({ ...sides, highlight: p.highlight })) {
        expect(contrastRatio(parseHex(hex), parseHex(p.land)), `${name} on land`).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(contrastRatio(parseHex(hex), parseHex(p.sea)), `${name} on sea`).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }
    });

    it(`keeps labels readable on their halo (${theme})`, () => {
      expect(contrastRatio(parseHex(p.label), parseHex(p.labelHalo))).toBeGreaterThanOrEqual(4.5);
    });
  }
});
