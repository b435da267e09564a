/**
 * The one definition of what is visible.
 *
 * An event is visible when
 *   - its layer is switched on,
 *   - its [start, end] overlaps the window [from, to], inclusive, by UTC day
 *     (start <= to and end >= from),
 *   - it matches every active filter: at least one chosen participant, at least one chosen
 *     domain, one of the chosen kinds, and the search text (case-insensitive substring of
 *     name, other names, series, places and participants).
 *
 * The rule is written once, as data (`visibilityClauses`). `isVisible` evaluates the
 * clauses in TypeScript for the panels; lib/map/visibility-filter.ts compiles the same
 * clauses into a MapLibre filter expression for the map (the domain knows no map library).
 * A parity test evaluates both on the whole dataset and on seeded random criteria.
 */
import type { LayerId } from "./layers";
import type { EventKind } from "./schema";

export interface TimeWindow {
  /** First visible day (UTC day number), inclusive. */
  from: number;
  /** Last visible day (UTC day number), inclusive. */
  to: number;
}

export interface VisibilityCriteria {
  window: TimeWindow;
  layers: ReadonlySet<LayerId>;
  /** Empty set = no participant filter. */
  participants: ReadonlySet<string>;
  /** Empty set = no domain filter. */
  domains: ReadonlySet<string>;
  /** Empty set = no kind filter. */
  kinds: ReadonlySet<EventKind>;
  /** Trimmed, lowercase; "" = no search. */
  search: string;
}

/** The fields of an event that visibility reads (the map's feature properties carry the same). */
export interface VisibilityFields {
  layer: LayerId;
  startDay: number;
  endDay: number;
  kind: EventKind;
  participantsKey: string;
  domainsKey: string;
  searchText: string;
}

type Field = keyof VisibilityFields;

/** One condition of the rule; a clause list is a conjunction. */
export type Clause =
  | { op: "<="; field: Field; value: number }
  | { op: ">="; field: Field; value: number }
  | { op: "one-of"; field: Field; values: readonly string[] }
  | { op: "contains-any"; field: Field; needles: readonly string[] }
  | { op: "contains"; field: Field; needle: string };

/** The rule as data: see the module contract. */
export function visibilityClauses(c: VisibilityCriteria): Clause[] {
  const clauses: Clause[] = [
    { op: "one-of", field: "layer", values: [...c.layers].sort() },
    { op: "<=", field: "startDay", value: c.window.to },
    { op: ">=", field: "endDay", value: c.window.from },
  ];
  if (c.participants.size > 0) {
    clauses.push({
      op: "contains-any",
      field: "participantsKey",
      needles: [...c.participants].sort().map((p) => `|${p}|`),
    });
  }
  if (c.domains.size > 0) {
    clauses.push({ op: "contains-any", field: "domainsKey", needles: [...c.domains].sort().map((d) => `|${d}|`) });
  }
  if (c.kinds.size > 0) clauses.push({ op: "one-of", field: "kind", values: [...c.kinds].sort() });
  if (c.search !== "") clauses.push({ op: "contains", field: "searchText", needle: c.search });
  return clauses;
}

function holds(clause: Clause, e: VisibilityFields): boolean {
  const v = e[clause.field];
  switch (clause.op) {
    case "<=":
      return (v as number) <= clause.value;
    case ">=":
      return (v as number) >= clause.value;
    case "one-of":
      return clause.values.includes(v as string);
    case "contains-any":
      return clause.needles.some((n) => (v as string).includes(n));
    case "contains":
      return (v as string).includes(clause.needle);
  }
}

/** Whether the clauses all hold for `e`. */
export function satisfies(clauses: readonly Clause[], e: VisibilityFields): boolean {
  for (const clause of clauses) if (!holds(clause, e)) return false;
  return true;
}

const WINDOW_FIELDS: ReadonlySet<Field> = new Set<Field>(["startDay", "endDay"]);

/**
 * The rule's clauses other than the window's: what is left to check for events the time
 * index has already found overlapping the window.
 */
export function timelessClauses(c: VisibilityCriteria): Clause[] {
  return visibilityClauses(c).filter((cl) => !WINDOW_FIELDS.has(cl.field));
}

/** Fields the map's shapes are not filtered by: the window, and the search. */
const NOT_SHAPE_FIELDS: ReadonlySet<Field> = new Set<Field>([...WINDOW_FIELDS, "searchText"]);

/**
 * What the map's shapes are filtered by: the rule without the window and without the search.
 * Both reach the shapes through the `shown` state instead (set from the visible set, which
 * the whole rule decides), so neither a slider step nor a keystroke in the search box makes
 * MapLibre re-tile them, and the shapes need not carry every event's search text (at
 * 100,000 events, a third of their data).
 */
export function shapeClauses(c: VisibilityCriteria): Clause[] {
  return visibilityClauses(c).filter((cl) => !NOT_SHAPE_FIELDS.has(cl.field));
}

/** The TypeScript predicate: is `e` visible under `c`? */
export function isVisible(e: VisibilityFields, c: VisibilityCriteria): boolean {
  return satisfies(visibilityClauses(c), e);
}

/** Normalises what the user typed into the search box to the form the rule compares. */
export function normaliseSearch(text: string): string {
  return text.trim().toLowerCase();
}
