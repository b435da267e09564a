/** Small builders for the import tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImportOutcome } from "@/lib/io/types";

export const HOSTILE = join(process.cwd(), "tests", "fixtures", "hostile");
export const fixture = (name: string): Buffer => readFileSync(join(HOSTILE, name));

export function point(props: Record<string, unknown>, coordinates: unknown = [20, 54]): Record<string, unknown> {
  return {
    type: "Feature",
    properties: { name: "Drill", start: "2024-03-01", bloc: "nato", ...props },
    geometry: { type: "Point", coordinates },
  };
}

export function collection(...features: unknown[]): string {
  return JSON.stringify({ type: "FeatureCollection", features });
}

export function ok(o: ImportOutcome): Extract<ImportOutcome, { ok: true }> {
  if (!o.ok) throw new Error(`expected an import, got: ${o.message}`);
  return o;
}

export function failed(o: ImportOutcome): string {
  if (o.ok) throw new Error("expected the file to be refused");
  return o.message;
}
