"use client";
/**
 * The events of the window as lanes (Gantt-like): one row per event in start order, each
 * umbrella exercise followed by its components, indented; context events as vertical rules.
 * Each row is a button (click or Enter selects; arrow keys move, one tab stop). A table
 * repeats the rows for screen readers. Long windows show the first MAX_ROWS rows.
 */
import { useMemo } from "react";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import type { ContextEvent } from "@/lib/domain/context-event";
import type { TimeWindow } from "@/lib/domain/visibility";
import { overlaps } from "@/lib/domain/time-window";
import { laneRows } from "@/lib/stats/lanes";
import { sideOf } from "@/lib/stats/sides";
import { isoDates } from "@/lib/text/event-text";
import { kindText } from "@/lib/text/kinds";
import { useAtlas } from "../state/atlas-store-provider";
import { sideLabelOf } from "./format";
import { useRovingFocus } from "./use-roving-focus";

export const MAX_ROWS = 300;

export function LaneChart({
  events,
  context,
  timeWindow: win,
}: {
  events: readonly AtlasEvent[];
  context: readonly ContextEvent[];
  timeWindow: TimeWindow;
}) {
  const selectEvent = useAtlas((s) => s.selectEvent);
  const selectedId = useAtlas((s) => s.selectedId);
  const all = useMemo(() => laneRows(events), [events]);
  const names = useMemo(() => new Map(events.map((e) => [e.id, e.name])), [events]);
  const rows = all.slice(0, MAX_ROWS);
  const roving = useRovingFocus(rows.length);
  const span = Math.max(1, win.to - win.from + 1);
  const pct = (day: number) => `${(Math.min(Math.max(day - win.from, 0), span) / span) * 100}%`;
  const rules = context.filter((c) => overlaps(c, win));
  const parentName = (e: AtlasEvent) => (e.parent ? (names.get(e.parent) ?? e.parent) : "");
  return (
    <figure className="chart lanes-figure">
      <div className="lanes" aria-label="Lane chart of the visible events" role="group">
        <div className="lane-rules" aria-hidden="true">
          {rules.map((c) => (
            <span
              key={c.id}
              className="lane-rule"
              style={{ left: pct(c.startDay) }}
              title={`${c.name} (${isoDates(c)})`}
            />
          ))}
        </div>
        <ul className="lane-list">
          {rows.map((r, i) => (
            <li key={r.event.id}>
              <button
                type="button"
                className="lane-row"
                data-event-id={r.event.id}
                aria-current={r.event.id === selectedId ? "true" : undefined}
                aria-label={`${r.event.name}, ${isoDates(r.event)}, ${sideLabelOf(r.event)} ${kindText(r.event.kind)}${r.depth > 0 ? `, part of ${parentName(r.event)}` : ""}${r.isUmbrella ? ", umbrella exercise" : ""}`}
                onClick={() => selectEvent(r.event.id)}
                {...roving.itemProps(i)}
              >
                <span className="lane-label" style={{ paddingLeft: `${r.depth * 0.8}rem` }}>
                  {r.isUmbrella ? "▾ " : ""}
                  {r.event.name}
                </span>
                <span className="lane-track">
                  <span
                    className={`lane-bar side-bg-${sideOf(r.event)}${r.isUmbrella ? " umbrella" : ""}`}
                    style={{
                      left: pct(r.event.startDay),
                      width: `max(2px, calc(${pct(r.event.endDay + 1)} - ${pct(r.event.startDay)}))`,
                    }}
                  />
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {all.length > rows.length && (
        <p className="muted">
          Showing the first {rows.length} of {all.length} events; narrow the window to see the rest.
        </p>
      )}
      {rules.length > 0 && (
        <figcaption className="muted small">
          Vertical rules: context events ({rules.map((c) => c.name).join("; ")}).
        </figcaption>
      )}
      <table className="visually-hidden">
        <caption>Events in the window as lanes, components under their umbrella exercise</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Dates</th>
            <th scope="col">Side</th>
            <th scope="col">Part of</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.event.id}>
              <th scope="row">{r.event.name}</th>
              <td>{isoDates(r.event)}</td>
              <td>{sideLabelOf(r.event)}</td>
              <td>{parentName(r.event)}</td>
            </tr>
          ))}
          {rules.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name} (context)</th>
              <td>{isoDates(c)}</td>
              <td>context event</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
