"use client";
/**
 * "Proximity" for one event: a NATO drill's distance to Russian or Belarusian territory, a
 * patrol route's closest approach to Japan, South Korea, Taiwan and Alaska (lib/geo/
 * proximity.ts). The country outlines (about 55 kB gzipped) load on first use, in their own
 * chunk, from our own origin. Renders nothing for events without a proximity question.
 */
import { useEffect, useId, useState } from "react";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { proximityOf, proximityTargetsOf, type ProximityBorders, type ProximityReport } from "@/lib/geo/proximity";
import { formatInt } from "@/lib/text/numbers";

let bordersPromise: Promise<ProximityBorders> | null = null;
function loadBorders(): Promise<ProximityBorders> {
  bordersPromise ??= import("@/lib/geo/proximity-borders.json").then((m) => m.default as unknown as ProximityBorders);
  return bordersPromise;
}

export function Proximity({ event }: { event: AtlasEvent }) {
  const headingId = useId();
  const applies = proximityTargetsOf(event) !== null;
  const [result, setResult] = useState<{ event: AtlasEvent; report: ProximityReport | null } | null>(null);
  useEffect(() => {
    if (!applies) return;
    let live = true;
    void loadBorders().then((borders) => {
      if (live) setResult({ event, report: proximityOf(event, borders) });
    });
    return () => {
      live = false;
    };
  }, [event, applies]);
  if (!applies) return null;
  const report = result?.event === event ? result.report : undefined;
  return (
    <section className="proximity" aria-labelledby={headingId}>
      <h3 id={headingId}>Proximity</h3>
      <p className="muted">{event.name}</p>
      {report === undefined ? (
        <p className="muted">Measuring…</p>
      ) : report === null ? null : (
        <>
          <p>{report.question}:</p>
          <ul className="proximity-list">
            {report.measures.map((m) => (
              <li key={m.target}>
                {m.name}:{" "}
                <strong>{m.km === 0 ? "0 km (touches or enters its territory)" : `${formatInt(m.km)} km`}</strong>
              </li>
            ))}
          </ul>
          <p className="muted small">
            Great-circle distance to the land outline (Natural Earth 1:50m, about 1 km accuracy); territorial waters and
            airspace are not modelled.
          </p>
        </>
      )}
    </section>
  );
}
