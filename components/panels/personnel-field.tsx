/**
 * The Personnel entry of the event details: the reported total, and beside it the figure the
 * comparisons use when the two differ (a host's strategic exercise), the disputed range and
 * what each participant sent. All of it text from the data, rendered as text.
 */
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { personnelLines } from "@/lib/stats/personnel-text";

export function PersonnelField({ event: e }: { event: AtlasEvent }) {
  const lines = personnelLines(e);
  return (
    <>
      <dt>Personnel</dt>
      <dd data-field="personnel">
        {lines.total}
        {e.personnelNote ? <span className="details-note">{e.personnelNote}</span> : null}
      </dd>
      {lines.joint ? (
        <>
          <dt>Joint part</dt>
          <dd data-field="joint-personnel">{lines.joint}</dd>
        </>
      ) : null}
      {lines.range ? (
        <>
          <dt>Disputed</dt>
          <dd data-field="personnel-range">{lines.range}</dd>
        </>
      ) : null}
      {lines.contingents.length > 0 ? (
        <>
          <dt>By participant</dt>
          <dd data-field="contingents">
            <ul className="details-related">
              {lines.contingents.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </>
  );
}
