/**
 * A context event as the app holds it: a dated event the exercises are read against (a war,
 * a summit, an accession, a ruling), with its day numbers and its point, if any. Shown on the
 * timeline and in the charts; never counted.
 */
import type { ContextProperties } from "./schema";

export interface ContextEvent extends ContextProperties {
  startDay: number;
  endDay: number;
  coordinates: [number, number] | null;
}
