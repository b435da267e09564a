"use client";
/**
 * A short list of events, each a button that selects it: the "events behind" a number in
 * the summary or a claim. Long lists show the first `limit` and say how many are left out.
 */
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { isoDates } from "@/lib/text/event-text";
import { formatInt } from "@/lib/text/numbers";
import { useAtlas } from "../state/atlas-store-provider";
import { sideLabelOf } from "./format";

export function EventButtons({
  events,
  label,
  limit = 100,
}: {
  events: readonly AtlasEvent[];
  label: string;
  limit?: number;
}) {
  const selectEvent = useAtlas((s) => s.selectEvent);
  const selectedId = useAtlas((s) => s.selectedId);
  if (events.length === 0) return <p className="muted">No events.</p>;
  return (
    <>
      <ul className="event-buttons" aria-label={label}>
        {events.slice(0, limit).map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className="link-button"
              aria-current={e.id === selectedId ? "true" : undefined}
              onClick={() => selectEvent(e.id)}
            >
              {e.name}
            </button>{" "}
            <span className="muted">
              {isoDates(e)} · {sideLabelOf(e)}
              {e.personnel !== null ? ` · ${formatInt(e.personnel)} personnel` : ""}
            </span>
          </li>
        ))}
      </ul>
      {events.length > limit && <p className="muted">…and {events.length - limit} more.</p>}
    </>
  );
}
