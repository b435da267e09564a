import { describe, expect, it } from "vitest";
import { wrapText } from "@/components/io/export-png";

// One unit per character: the wrapping is about where lines break, not about fonts.
const measure = (s: string) => s.length;

describe("the PNG's citation line, wrapped to the image's width", () => {
  it("breaks at spaces and never drops a character", () => {
    const text =
      "Exercise Atlas contributors (2026). Exercise Atlas dataset, version 2026.12.0 (data through 2026-07-02).";
    const lines = wrapText(text, 30, measure);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join(" ")).toBe(text);
  });

  it("cuts an address longer than a line where it overflows, keeping every character", () => {
    const url =
      "https://atlas.example/?from=2024-01-01&to=2024-05-31&layers=nato-drills&selected=steadfast-defender-2024";
    const lines = wrapText(`See ${url} (accessed 2026-12-03).`, 25, measure);
    expect(lines.every((l) => l.length <= 25)).toBe(true);
    expect(lines.join("").replace(/ /g, "")).toBe(`See${url}(accessed2026-12-03).`);
  });
});
