/**
 * TypeScript types of the dataset's features once they have passed the validator.
 *
 * Contract: types only, no runtime code. An `EventFeature` is an exercise or patrol with a
 * non-null geometry; a `ContextFeature` is a context event with a Point or no geometry.
 */
import type { Feature, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from "geojson";
import type { ContextProperties, EventProperties } from "./schema";

/** Geometry types an exercise or patrol may have. */
export type EventGeometry = Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;

/** An exercise or patrol feature. */
export type EventFeature = Feature<EventGeometry, EventProperties>;

/** A context event (ruling, war, summit, accession) feature; geometry null when it has no place. */
export type ContextFeature = Feature<Point | null, ContextProperties>;

/** Any feature of the dataset. */
export type AtlasFeature = EventFeature | ContextFeature;
