"use client";
/** The events in the window, sorted by start date; click or Enter selects. */
import { selectVisibleEvents } from "@/lib/store/selectors";
import { useAtlas } from "../state/atlas-store-provider";

export function EventsList() {
  const events = useAtlas(selectVisibleEvents);
  const select = useAtlas((s) => s.select);
  const selectedId = useAtlas((s) => s.selectedId);
  return (
    <section className="panel events-panel" aria-labelledby="events-heading">
      <h2 id="events-heading">
        Visible events <span className="count">{events.length}</span>
      </h2>
      <ul aria-label="Visible events" className="events-list">
        {events.map((e) => (
          <li key={e.id}>
            <button type="button" className="event-row" aria-current={e.id === selectedId ? "true" : undefined} onClick={() => select(e.id)}>
              <span className="event-name">{e.name}</span>
              <span className="event-meta">
                {e.start} – {e.end} · {e.bloc === "nato" ? "NATO" : "China–Russia"} · {e.kind}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
