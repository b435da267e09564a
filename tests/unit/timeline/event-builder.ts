/** A small builder of AtlasEvents for the timeline tests (a valid event, dates overridable). */
import { toAtlasEvent, type AtlasEvent } from "@/lib/domain/atlas-event";
import type { EventFeature } from "@/lib/domain/feature-types";
import { eventProps, square, type JsonObject } from "../../fixtures/bad-geodata/builders";

export function atlasEvent(overrides: JsonObject = {}): AtlasEvent {
  const feature = { type: "Feature", properties: eventProps(overrides), geometry: square() };
  return toAtlasEvent(feature as unknown as EventFeature, "bundled");
}
