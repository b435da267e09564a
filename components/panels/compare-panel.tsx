"use client";
/** Comparison over time: events per period by side and kind, and the lane chart. */
import { useMemo, useState } from "react";
import { selectVisibleEvents } from "@/lib/store/selectors";
import { sidesToShow } from "@/lib/stats/sides";
import { GRANULARITIES, periodsOf, type Granularity } from "@/lib/stats/time-series";
import { useAtlas } from "../state/atlas-store-provider";
import { LaneChart } from "./lane-chart";
import { PeriodChart } from "./period-chart";

export function ComparePanel() {
  const events = useAtlas(selectVisibleEvents);
  const win = useAtlas((s) => s.window);
  const context = useAtlas((s) => s.context);
  const [granularity, setGranularity] = useState<Granularity>("year");
  const periods = useMemo(() => periodsOf(events, win, granularity), [events, win, granularity]);
  const sides = sidesToShow(events.some((e) => e.origin === "imported"));
  return (
    <section className="panel compare-panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare over time</h2>
      <div role="group" aria-label="Period" className="segmented">
        {GRANULARITIES.map((g) => (
          <button key={g} type="button" aria-pressed={g === granularity} onClick={() => setGranularity(g)}>
            By {g}
          </button>
        ))}
      </div>
      <h3>Events per {granularity}, by side and kind</h3>
      <PeriodChart periods={periods} sides={sides} caption={`Visible events per ${granularity}, by side and kind`} />
      <h3>Lanes</h3>
      <LaneChart events={events} context={context} timeWindow={win} />
    </section>
  );
}
