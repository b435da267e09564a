/**
 * The personnel fields hold together: a host exercise names its joint part, contingents and
 * ranges are consistent and cite the feature's own sources. Each rule fails on a fixture
 * that breaks exactly it, naming the field.
 */
import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/domain/validate-dataset";
import { dataFile, eventProps, feature, type JsonObject } from "../fixtures/bad-geodata/builders";

const A = "https://example.org/a";
const B = "https://example.org/b";
const twoSources = [
  { title: "Report", publisher: "Agency", date: "2012-04-22", url: A },
  { title: "Other", publisher: "Ministry", date: null, url: B },
];

function problems(overrides: JsonObject) {
  return validateDataset([dataFile("f.geojson", [feature(eventProps({ sources: twoSources, ...overrides }))])]).map(
    (p) => `${p.field}: ${p.message}`,
  );
}

describe("personnel rules", () => {
  it("accepts a host exercise with its joint part, contingents and a range", () => {
    expect(
      problems({
        personnel: 300_000,
        personnelScope: "host-exercise",
        jointPersonnel: 3_200,
        personnelRange: { min: 50_000, max: 300_000, note: "analysts' estimate", sources: [A, B] },
        contingents: [
          { participant: "CN", personnel: 3_200, personnelMax: 3_500, note: null, sources: [A, B] },
          { participant: "RU", personnel: null, personnelMax: null, note: "not reported", sources: [A] },
        ],
      }),
    ).toEqual([]);
  });

  it("requires jointPersonnel (a number or null) for a host exercise", () => {
    expect(problems({ personnelScope: "host-exercise" })).toEqual([
      expect.stringMatching(/^jointPersonnel: is required for a host exercise/),
    ]);
    expect(problems({ personnelScope: "host-exercise", jointPersonnel: null })).toEqual([]);
  });

  it("refuses jointPersonnel without the host-exercise scope, and above the host's total", () => {
    expect(problems({ jointPersonnel: 100 })).toEqual([
      expect.stringMatching(/^jointPersonnel: is only for personnelScope "host-exercise"/),
    ]);
    expect(problems({ personnel: 1_000, personnelScope: "host-exercise", jointPersonnel: 2_000 })).toEqual([
      "jointPersonnel: 2000 is more than the host's whole exercise (personnel 1000)",
    ]);
  });

  it("refuses a contingent of a state that did not take part, listed twice, or with an inverted range", () => {
    const c = (participant: string, personnel: number | null, personnelMax: number | null) => ({
      participant,
      personnel,
      personnelMax,
      note: null,
      sources: [A],
    });
    expect(problems({ contingents: [c("US", 1, null)] })).toEqual([
      "contingents[0].participant: US is not among this event's participants",
    ]);
    expect(problems({ contingents: [c("CN", 1, null), c("CN", 2, null)] })).toEqual([
      "contingents[1].participant: CN has a contingent listed twice",
    ]);
    expect(problems({ contingents: [c("CN", 500, 400)] })).toEqual([
      "contingents[0].personnelMax: 400 is below the lower figure 500",
    ]);
    expect(problems({ contingents: [c("CN", null, 400)] })).toEqual([
      expect.stringMatching(/^contingents\[0\]\.personnel: a range needs its lower figure/),
    ]);
  });

  it("requires every cited address to be one of the feature's sources", () => {
    expect(
      problems({
        contingents: [
          {
            participant: "CN",
            personnel: 10,
            personnelMax: null,
            note: null,
            sources: ["https://example.org/elsewhere"],
          },
        ],
      }),
    ).toEqual([
      expect.stringMatching(
        /^contingents\[0\]\.sources\[0\]: https:\/\/example\.org\/elsewhere is not one of this feature's sources/,
      ),
    ]);
    expect(
      problems({ personnelRange: { min: 1, max: 5000, note: null, sources: [A, "https://example.org/x"] } }),
    ).toEqual([expect.stringMatching(/^personnelRange\.sources\[1\]: /)]);
  });

  it("keeps the best-supported figure inside the range, and the range in order", () => {
    expect(
      problems({ personnel: 4_000, personnelRange: { min: 5_000, max: 9_000, note: null, sources: [A] } }),
    ).toEqual(["personnel: 4000 lies outside personnelRange 5000–9000"]);
    expect(
      problems({ personnel: 4_000, personnelRange: { min: 5_000, max: 3_000, note: null, sources: [A] } }),
    ).toContain("personnelRange.max: 3000 is below the minimum 5000");
    expect(problems({ personnel: null, personnelRange: { min: 1, max: 2, note: null, sources: [A] } })).toEqual([
      "personnelRange: a range needs a best-supported personnel figure inside it",
    ]);
  });

  it("reports a wrong type in the new fields by the schema, with its path", () => {
    expect(problems({ personnelScope: "whole" })).toEqual([
      expect.stringMatching(/^personnelScope: must be one of "event", "host-exercise"/),
    ]);
    expect(
      problems({ contingents: [{ participant: "CN", personnel: -3, personnelMax: null, note: null, sources: [A] }] }),
    ).toEqual([expect.stringMatching(/^contingents\[0\]\.personnel: /)]);
  });
});
