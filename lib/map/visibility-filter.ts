/**
 * The visibility rule (lib/domain/visibility.ts) as MapLibre filter expressions: each clause
 * compiled one to one, so the map keeps exactly the events `isVisible` keeps (proved by
 * tests/unit/domain/visibility-parity.test.ts). Here, not in the domain, because the filter
 * language is the map library's.
 */
import type { ExpressionSpecification, FilterSpecification } from "maplibre-gl";
import { shapeClauses, visibilityClauses, type Clause, type VisibilityCriteria } from "../domain/visibility";

/** One clause as an expression over the feature's properties (lib/map/event-features.ts). */
export function compileClause(clause: Clause): ExpressionSpecification {
  const get: ExpressionSpecification = ["get", clause.field];
  switch (clause.op) {
    case "<=":
      return ["<=", ["to-number", get], clause.value];
    case ">=":
      return [">=", ["to-number", get], clause.value];
    case "one-of":
      return ["in", ["to-string", get], ["literal", [...clause.values]]];
    case "contains-any":
      return [
        "any",
        ...clause.needles.map((n): ExpressionSpecification => ["in", n, ["to-string", get]]),
      ] as ExpressionSpecification;
    case "contains":
      return ["in", clause.needle, ["to-string", get]];
  }
}

/** The map's filter expression, compiled from the same clauses as `isVisible`. */
export function visibilityFilter(c: VisibilityCriteria): FilterSpecification {
  return ["all", ...visibilityClauses(c).map(compileClause)] as FilterSpecification;
}

/**
 * The same rule without its window and search clauses (`shapeClauses`). The map's drawn
 * shapes are filtered by this (it changes only when a chip or layer switch changes) and told
 * the window and the search through feature state, so neither scrubbing nor typing makes
 * MapLibre re-tile them (see lib/map/shown-state.ts).
 */
export function shapesFilter(c: VisibilityCriteria): FilterSpecification {
  return ["all", ...shapeClauses(c).map(compileClause)] as FilterSpecification;
}
