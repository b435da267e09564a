import { describe, expect, it } from "vitest";
import type { FilterSpecification } from "maplibre-gl";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { eventSourcePlan, NO_VISIBILITY_FILTER } from "@/lib/map/event-source-plan";

const events = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}` }) as unknown as AtlasEvent);
const rule: FilterSpecification = ["<=", ["get", "startDay"], 10];

describe("eventSourcePlan", () => {
  it("keeps every event in the source and filters by the rule up to the threshold", () => {
    const all = events(10);
    const plan = eventSourcePlan(all, all.slice(0, 3), rule, 10);
    expect(plan.events).toBe(all);
    expect(plan.filter).toBe(rule);
  });

  it("holds only the visible events, unfiltered, past the threshold", () => {
    const all = events(11);
    const visible = all.slice(2, 5);
    const plan = eventSourcePlan(all, visible, rule, 10);
    expect(plan.events).toBe(visible);
    expect(plan.filter).toEqual(NO_VISIBILITY_FILTER);
  });
});
