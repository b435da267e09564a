/**
 * GeoJSON text → imported features, keeping every valid feature and naming every rejected one.
 *
 * Contract: `importGeoJson(text, ctx)` never throws. The text must be JSON (a parse error
 * names line and column), no deeper than `MAX_DEPTH`, and a FeatureCollection or a single
 * Feature with at most `MAX_FEATURES_PER_FILE` features; otherwise the whole file fails with
 * one message. Each feature is then checked on its own (`checkImportedFeature`): a feature
 * with a `__proto__`, `constructor` or `prototype` key anywhere is rejected without being read;
 * a feature that would take the file past `MAX_VERTICES_PER_FILE` (charged before its geometry is checked) is rejected. At most `MAX_REJECTIONS_PER_FILE` problems are kept, the rest counted. Forbidden keys
 * outside the features are ignored and listed. The feature's id for the report is its
 * `properties.id`, else its Feature `id`, else its name.
 */
import { describeValue } from "../geo/describe-value";
import { formatPath, type JsonPath } from "../domain/validation/problem";
import { parseJsonText } from "../domain/validation/json-text";
import { checkImportedFeature } from "./import-feature";
import { idMaker } from "./ids";
import { scanJson } from "./json-scan";
import { acceptedFeatures } from "./accepted-features";
import { rejectionLog } from "./rejection-log";
import { MAX_DEPTH, MAX_FEATURES_PER_FILE } from "./limits";
import { formatInt } from "../text/numbers";
import type { ImportContext, ImportOutcome } from "./types";

const FORBIDDEN_REASON = "is a forbidden key (__proto__, constructor and prototype are refused anywhere in an import)";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** The features of a FeatureCollection or a Feature, or why the value is not GeoJSON we import. */
function featuresOf(value: unknown): { features: unknown[]; single: boolean } | string {
  const hint = "expected a GeoJSON FeatureCollection or Feature";
  if (!isRecord(value)) return `The file is JSON but not GeoJSON: ${hint} (found ${describeValue(value)}).`;
  const type = own(value, "type");
  if (type === "FeatureCollection") {
    const features = own(value, "features");
    if (!Array.isArray(features))
      return `The FeatureCollection has no "features" array (found ${describeValue(features)}).`;
    return { features, single: false };
  }
  if (type === "Feature") return { features: [value], single: true };
  if (
    typeof type === "string" &&
    ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"].includes(
      type,
    )
  ) {
    return `The file is a bare ${type} geometry: ${hint} whose properties give at least name, start and bloc.`;
  }
  return `The file is JSON but not GeoJSON: ${hint} (its "type" is ${describeValue(type)}).`;
}

function labelOf(f: unknown): string | null {
  if (!isRecord(f)) return null;
  const props = own(f, "properties");
  for (const v of [
    isRecord(props) ? own(props, "id") : undefined,
    own(f, "id"),
    isRecord(props) ? own(props, "name") : undefined,
  ]) {
    if (typeof v === "string" && v.trim() !== "") return v.slice(0, 120);
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
  }
  return null;
}

export function importGeoJson(text: string, ctx: ImportContext): ImportOutcome {
  ctx.onProgress?.({ stage: "parsing", done: 0, total: 0 });
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return {
      ok: false,
      message: parsed.message.startsWith("file ") ? `The ${parsed.message}.` : `The file ${parsed.message}.`,
    };
  }
  const scan = scanJson(parsed.value);
  if (scan.tooDeep) {
    return {
      ok: false,
      message: `The file is nested more than ${MAX_DEPTH} levels deep (at ${formatPath(scan.tooDeep.slice(0, MAX_DEPTH + 1))}); GeoJSON never needs that.`,
    };
  }
  const found = featuresOf(parsed.value);
  if (typeof found === "string") return { ok: false, message: found };
  const { features, single } = found;
  if (features.length === 0) return { ok: false, message: "The FeatureCollection has no features." };
  if (features.length > MAX_FEATURES_PER_FILE) {
    return {
      ok: false,
      message: `The file has ${formatInt(features.length)} features; at most ${formatInt(MAX_FEATURES_PER_FILE)} are imported from one file (split it).`,
    };
  }

  const log = rejectionLog();
  const forbiddenByFeature = new Map<number, JsonPath[]>();
  for (const path of scan.forbidden) {
    const [first, index, ...rest] = path;
    if (!single && first === "features" && typeof index === "number") {
      forbiddenByFeature.set(index, [...(forbiddenByFeature.get(index) ?? []), rest]);
    } else if (single) {
      forbiddenByFeature.set(0, [...(forbiddenByFeature.get(0) ?? []), path]);
    } else {
      log.add({
        index: null,
        line: null,
        label: null,
        field: formatPath(path),
        reason: `${FORBIDDEN_REASON}; ignored`,
      });
    }
  }

  const accepted = acceptedFeatures();
  const nextId = idMaker(ctx.batchId);
  features.forEach((f: unknown, index) => {
    if (index % 2000 === 0) ctx.onProgress?.({ stage: "validating", done: index, total: features.length });
    const label = labelOf(f);
    const reject = (field: string, reason: string) => log.add({ index, line: null, label, field, reason });
    const forbidden = forbiddenByFeature.get(index);
    if (forbidden) {
      for (const path of forbidden) reject(formatPath(path), FORBIDDEN_REASON);
      return;
    }
    if (!isRecord(f) || own(f, "type") !== "Feature") {
      reject(
        "type",
        `must be a GeoJSON Feature (found ${isRecord(f) ? `type ${describeValue(own(f, "type"))}` : describeValue(f)})`,
      );
      return;
    }
    const props = own(f, "properties");
    if (!isRecord(props)) {
      reject("properties", `must be an object with at least name, start and bloc (found ${describeValue(props)})`);
      return;
    }
    const rawId = own(props, "id") ?? own(f, "id") ?? own(props, "name");
    const checked = checkImportedFeature(
      { properties: props, geometry: own(f, "geometry"), id: nextId(rawId, index) },
      accepted.charge,
    );
    if (!checked.ok) {
      for (const p of checked.problems) reject(p.field, p.reason);
      return;
    }
    accepted.add(checked.feature);
  });
  ctx.onProgress?.({ stage: "validating", done: features.length, total: features.length });
  return {
    ok: true,
    format: "geojson",
    features: accepted.features,
    rejected: log.kept,
    omittedRejections: log.omitted,
    rejectedFeatures: log.features,
    total: features.length,
  };
}
