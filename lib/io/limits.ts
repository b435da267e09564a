/**
 * Limits on what an import may hold, and how they are worded. Each limit keeps one bad or
 * hostile file from freezing the tab or exhausting memory; each is generous for real data:
 *
 * - 50 MB per file: a 100,000-point GeoJSON with full properties is about 30 MB; the worker
 *   holds the text, the parsed tree and the records at once (several times the file size).
 * - 200,000 features per file and 300,000 imported events in all: twice the largest synthetic
 *   benchmark set; beyond that the map's tiling and the panels stop being interactive.
 * - 50,000 vertices per feature and 2,000,000 per file: a detailed country outline has
 *   10,000–20,000; the self-intersection test and the map's tiling grow with vertex count.
 * - nesting depth 16: a MultiPolygon inside a FeatureCollection is 8 deep; anything far
 *   deeper is not GeoJSON and only there to exhaust a recursive reader.
 * - 10,000 characters per text value: longer than any description we write.
 * - 20 problems kept per feature and 1,000 per file (the rest are counted, not kept): a
 *   report longer than that is not read, and an unbounded list of a hostile file's problems
 *   once cost gigabytes in the worker and again in the page.
 *
 * The messages write these numbers with lib/text/numbers.ts.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_FEATURES_PER_FILE = 200_000;
export const MAX_IMPORTED_EVENTS = 300_000;
export const MAX_VERTICES_PER_FEATURE = 50_000;
export const MAX_VERTICES_PER_FILE = 2_000_000;
export const MAX_DEPTH = 16;
export const MAX_TEXT_LENGTH = 10_000;
export const MAX_ISSUES_PER_FEATURE = 20;
export const MAX_REJECTIONS_PER_FILE = 1_000;
