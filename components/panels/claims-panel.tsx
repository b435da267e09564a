"use client";
/**
 * Claims made in public, checked against the visible events: each with its number, a
 * verdict (including "does not support"), what the data shows, a one-line method and the
 * events behind the number (each selectable). Recomputed when the window or filters change.
 */
import { checkClaims, VERDICT_LABELS } from "@/lib/claims";
import { selectVisibleEvents } from "@/lib/store/selectors";
import { useAtlas } from "../state/atlas-store-provider";
import { EventButtons } from "./event-buttons";

export function ClaimsPanel() {
  const events = useAtlas(selectVisibleEvents);
  const context = useAtlas((s) => s.context);
  const win = useAtlas((s) => s.window);
  const claims = checkClaims(events, context, win);
  return (
    <section className="panel claims-panel" aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims checked against the data</h2>
      <p className="muted">
        For the visible events (window and filters). A claim can be true while the data here cannot show it: the dataset
        is a sourced selection, not a census.
      </p>
      {claims.map((c) => (
        <article key={c.id} className="claim" aria-labelledby={`claim-${c.id}`} data-claim={c.id}>
          <h3 id={`claim-${c.id}`}>{c.claim}</h3>
          <p className="claim-value">
            <strong data-claim-value>{c.value}</strong>{" "}
            <span className={`verdict verdict-${c.verdict}`}>{VERDICT_LABELS[c.verdict]}</span>
          </p>
          <p>{c.finding}</p>
          <p className="muted small">
            <strong>Method:</strong> {c.method}
          </p>
          <details>
            <summary>Events behind the number ({c.events.length})</summary>
            <EventButtons events={c.events} label={`Events behind: ${c.claim}`} />
          </details>
        </article>
      ))}
    </section>
  );
}
