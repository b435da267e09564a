import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/domain/days";
import { isHttpUrl } from "@/lib/domain/http-url";
import { formatDates, isoDates, sizeText } from "@/lib/text/event-text";

const day = (s: string) => parseDay(s) as number;
const dates = (start: string, end: string, datePrecision: "day" | "month" | "approximate" = "day") =>
  formatDates({ startDay: day(start), endDay: day(end), datePrecision });

describe("event text", () => {
  it("writes date ranges the way people read them, with their precision", () => {
    expect(dates("2007-08-09", "2007-08-17")).toBe("9–17 August 2007");
    expect(dates("2013-07-30", "2013-08-03")).toBe("30 July – 3 August 2013");
    expect(dates("2019-12-30", "2020-01-02")).toBe("30 December 2019 – 2 January 2020");
    expect(dates("2021-05-05", "2021-05-05")).toBe("5 May 2021");
    expect(dates("2007-08-01", "2007-08-31", "month")).toBe("August 2007");
    expect(dates("2019-03-01", "2019-04-30", "approximate")).toBe("around March 2019 – April 2019");
  });

  it("writes ISO dates compactly, one day once", () => {
    expect(isoDates({ start: "2024-01-22", end: "2024-05-31" })).toBe("2024-01-22 – 2024-05-31");
    expect(isoDates({ start: "2021-05-05", end: "2021-05-05" })).toBe("2021-05-05");
  });

  it("gives the derived size to three figures, area or route", () => {
    expect(sizeText({ areaKm2: 12345.6, lengthKm: null })).toBe("about 12,300 km²");
    expect(sizeText({ areaKm2: null, lengthKm: 2141.2 })).toBe("about 2,140 km");
    expect(sizeText({ areaKm2: 78.46, lengthKm: null })).toBe("about 78 km²");
    expect(sizeText({ areaKm2: null, lengthKm: null })).toBeNull();
  });

  it("links only http(s) addresses", () => {
    expect(isHttpUrl("https://example.org/a")).toBe(true);
    expect(isHttpUrl("http://example.org/a")).toBe(true);
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "ftp://example.org", "not a url", "//example.org"])
      expect(isHttpUrl(bad)).toBe(false);
  });
});
