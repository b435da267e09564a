/**
 * The "Data coverage" page: what the dataset counts (its definition and rule), events per
 * side per year with the reason for each empty year, totals per period, and per series the
 * editions held in the data and those looked for and not found, so a reader knows where the
 * data is a census and where a selection. A server component: plain HTML tables, no script.
 * Every string from the data is rendered as text.
 */
import type { Coverage, DatasetMeta } from "@/lib/coverage/coverage-schema";
import { periodTotals, SIDE_NAMES } from "@/lib/coverage/coverage-report";
import {
  countsBySideYear,
  emptySideReasons,
  seriesRows,
  SIDE_ORDER,
  startYear,
  type CoveredEvent,
} from "@/lib/coverage/coverage-table";
import Link from "next/link";
import "./coverage.css";

interface Props {
  events: readonly CoveredEvent[];
  meta: DatasetMeta | null;
  coverage: Coverage | null;
}

export function CoverageView({ events, meta, coverage }: Props) {
  if (!meta || !coverage) {
    return (
      <main className="coverage">
        <h1>Data coverage</h1>
        <p role="alert">
          The dataset&apos;s coverage files are missing or invalid, so what the data covers cannot be stated.
        </p>
        <p>
          <Link href="/">Back to the map</Link>
        </p>
      </main>
    );
  }
  const rows = countsBySideYear(events, meta);
  const series = seriesRows(events, coverage);
  return (
    <main className="coverage">
      <p>
        <Link href="/">Back to the map</Link>
      </p>
      <h1>Data coverage</h1>
      <p className="coverage-lead">
        {meta.title} {meta.version}. <strong>Data through {meta.dataThrough}</strong>: {meta.dataThroughNote}
      </p>
      <h2>What the dataset counts</h2>
      <dl className="coverage-definition">
        <dt>NATO / allied</dt>
        <dd>{meta.definition.nato}</dd>
        <dt>China–Russia</dt>
        <dd>{meta.definition["cn-ru"]}</dd>
        <dt>Multilateral drills</dt>
        <dd>{meta.definition.multilateralRule}</dd>
        <dt>Context events</dt>
        <dd>{meta.definition.context}</dd>
      </dl>

      <h2 id="per-year">Events per year</h2>
      <table className="coverage-table coverage-years" aria-labelledby="per-year">
        <caption>Exercises and patrols by start year; an empty year carries the reason it is empty.</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">NATO / allied</th>
            <th scope="col">China–Russia</th>
            <th scope="col">Why a side has none</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              <td data-side="nato">{r.counts.nato}</td>
              <td data-side="cn-ru">{r.counts["cn-ru"]}</td>
              <td>
                {emptySideReasons(r, coverage)
                  .map(({ bloc, reason }) => `${SIDE_NAMES[bloc]}: ${reason ?? "no event and no recorded reason"}`)
                  .join(" ")}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {periodTotals(rows, meta).map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{p.counts.nato}</td>
              <td>{p.counts["cn-ru"]}</td>
              <td />
            </tr>
          ))}
        </tfoot>
      </table>

      <h2 id="per-series">Series</h2>
      <p>
        A <em>census</em> series is meant to hold every edition held from {meta.firstYear}; a <em>selection</em> holds
        only some. Editions looked for and not in the data are listed with the reason.
      </p>
      {SIDE_ORDER.map((side) => (
        <section key={side} aria-labelledby={`series-${side}`}>
          <h3 id={`series-${side}`}>Series: {SIDE_NAMES[side]}</h3>
          {/* Focusable so a keyboard user can scroll it sideways on a narrow screen. */}
          <div
            className="coverage-scroll"
            tabIndex={0}
            role="region"
            aria-label={`Series of ${SIDE_NAMES[side]}, scrollable`}
          >
            <table className="coverage-table coverage-series" aria-labelledby={`series-${side}`}>
              <thead>
                <tr>
                  <th scope="col">Series</th>
                  <th scope="col">What and how often</th>
                  <th scope="col">In the data</th>
                  <th scope="col">Looked for, not in the data</th>
                </tr>
              </thead>
              <tbody>
                {series
                  .filter((s) => s.bloc === side)
                  .map((s) => (
                    <tr key={`${s.bloc}:${s.series}`} data-series={s.series}>
                      <th scope="row">{s.series}</th>
                      <td>
                        {s.coverage ? (
                          <>
                            {s.coverage.what}{" "}
                            <span className="muted">
                              ({s.coverage.cadence}; {s.coverage.scope})
                            </span>
                          </>
                        ) : (
                          <span className="muted">one-off exercises: a selection</span>
                        )}
                      </td>
                      <td>
                        {s.editions.length}: {s.editions.map((e) => `${e.name} (${startYear(e)})`).join(", ") || "none"}
                      </td>
                      <td>
                        {s.coverage && s.coverage.notFound.length > 0 ? (
                          <ul>
                            {s.coverage.notFound.map((n) => (
                              <li key={`${n.edition}:${n.year}`}>
                                {n.edition}: {n.note}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          "none"
                        )}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <h2 id="excluded">Found and left out</h2>
      {coverage.excluded.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="coverage-excluded">
          {coverage.excluded.map((x) => (
            <li key={`${x.name}:${x.year}`}>
              <strong>{x.name}</strong> ({x.year}, {SIDE_NAMES[x.bloc]}): {x.reason}
              {x.sources.length > 0 ? (
                <>
                  {" "}
                  Sources:{" "}
                  {x.sources.map((s, i) => (
                    <span key={s.url}>
                      {i > 0 ? "; " : ""}
                      <a href={s.url} rel="noopener noreferrer" target="_blank">
                        {s.publisher}
                      </a>
                    </span>
                  ))}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
