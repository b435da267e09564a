"use client";
/**
 * The events in the window, sorted by start date (the visible set from the one visibility
 * rule). A list named "Visible events" under a heading with the count; each row is a button
 * (click or Enter selects). Virtualised: only the rows in view are in the DOM, so 100,000
 * imported events scroll smoothly; the rows keep one tab stop with arrow-key movement, and
 * each row says its position in the whole list (aria-posinset / aria-setsize).
 */
import { useCallback, useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { selectVisibleEvents } from "@/lib/store/selectors";
import { sideOf } from "@/lib/stats/sides";
import { isoDates } from "@/lib/text/event-text";
import { kindText } from "@/lib/text/kinds";
import { formatInt } from "@/lib/text/numbers";
import { useAtlas } from "../state/atlas-store-provider";
import { EventFilters } from "./event-filters";
import { sideLabelOf } from "./format";
import { useRovingFocus } from "./use-roving-focus";

const ROW_HEIGHT = 52;

export function EventsList() {
  const events = useAtlas(selectVisibleEvents);
  const selectEvent = useAtlas((s) => s.selectEvent);
  const selectedId = useAtlas((s) => s.selectedId);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- read afresh every render; nothing memoises it
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const reveal = useCallback((i: number) => virtualizer.scrollToIndex(i, { align: "auto" }), [virtualizer]);
  const roving = useRovingFocus(events.length, reveal);
  const rows = virtualizer.getVirtualItems();
  const activeRendered = rows.some((r) => r.index === roving.active);
  return (
    <section className="panel events-panel" aria-labelledby="events-heading">
      <h2 id="events-heading">
        Visible events <span className="count">{formatInt(events.length)}</span>
      </h2>
      <EventFilters />
      <div ref={scrollRef} className="events-scroll">
        <ul aria-label="Visible events" className="events-list" style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row) => {
            const e = events[row.index];
            if (!e) return null;
            const focusProps = roving.itemProps(row.index);
            // Keep a tab stop in the list when the active row has scrolled out of the DOM.
            if (!activeRendered && row.index === rows[0]?.index) focusProps.tabIndex = 0;
            return (
              <li
                key={e.id}
                aria-setsize={events.length}
                aria-posinset={row.index + 1}
                className="events-item"
                style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              >
                <button
                  type="button"
                  className="event-row"
                  data-event-id={e.id}
                  aria-current={e.id === selectedId ? "true" : undefined}
                  onClick={() => selectEvent(e.id)}
                  {...focusProps}
                >
                  <span className="event-name">{e.name}</span>
                  <span className="event-meta">
                    {isoDates(e)} · <span className={`side-${sideOf(e)}`}>{sideLabelOf(e)}</span> · {kindText(e.kind)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      {events.length === 0 && (
        <p className="muted">No event in the window matches. Widen the window or clear the filters.</p>
      )}
    </section>
  );
}
