/** The display vocabularies in lib/text: every kind has its words, months and numbers read the same everywhere. */
import { describe, expect, it } from "vitest";
import { DATE_PRECISIONS, EVENT_KINDS, LOCATION_PRECISIONS } from "@/lib/domain/vocabulary";
import { KIND_TEXT, kindText } from "@/lib/text/kinds";
import { MONTH_ABBREVIATIONS, MONTH_NAMES, monthAbbreviation, monthName } from "@/lib/text/months";
import { formatBytes, formatInt } from "@/lib/text/numbers";
import { DATE_PRECISION_TEXT, LOCATION_PRECISION_TEXT } from "@/lib/text/precisions";

describe("display vocabularies", () => {
  it("words every kind and precision, and nothing else", () => {
    expect(Object.keys(KIND_TEXT).sort()).toEqual([...EVENT_KINDS].sort());
    expect(Object.keys(DATE_PRECISION_TEXT).sort()).toEqual([...DATE_PRECISIONS].sort());
    expect(Object.keys(LOCATION_PRECISION_TEXT).sort()).toEqual([...LOCATION_PRECISIONS].sort());
    expect(kindText("command-post")).toBe("command-post exercise");
    expect(kindText("coast-guard-patrol")).toBe("coast-guard patrol");
  });

  it("names months 1–12 in full and abbreviated", () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect([monthName(1), monthName(8), monthName(12)]).toEqual(["January", "August", "December"]);
    expect(MONTH_ABBREVIATIONS.join(" ")).toBe("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec");
    expect(monthAbbreviation(9)).toBe("Sep");
    expect([monthName(0), monthName(13)]).toEqual(["", ""]);
  });

  it("writes whole numbers with commas and file sizes in binary units", () => {
    expect([formatInt(0), formatInt(999), formatInt(1000), formatInt(200_000), formatInt(2_000_000)]).toEqual([
      "0",
      "999",
      "1,000",
      "200,000",
      "2,000,000",
    ]);
    expect(formatInt(12_345.6)).toBe("12,346");
    expect(formatInt(-1500)).toBe("-1,500");
    expect([
      formatBytes(512),
      formatBytes(1536),
      formatBytes(50 * 1024 * 1024),
      formatBytes(1.5 * 1024 * 1024),
    ]).toEqual(["512 bytes", "1.5 KB", "50 MB", "1.5 MB"]);
  });
});
