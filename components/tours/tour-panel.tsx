"use client";
/**
 * The open guided tour, over the map's top-right corner: the tour's name, "Step n of N", the
 * step's title, its text and its sources, and Previous / Next / Exit. The buttons, and the
 * left and right arrow keys anywhere in the panel, move between steps; each move shows the
 * step's view (store.goToTourStep) and is announced in a live region. Exit closes the panel
 * and keeps the view. All text from the tour file is rendered as text.
 */
import type { KeyboardEvent } from "react";
import { isHttpUrl } from "@/lib/domain/http-url";
import { selectTourStep } from "@/lib/store/selectors";
import { useAtlas } from "../state/atlas-store-provider";
import { isEditable, focusHeading, TOUR_STEP_HEADING_ID } from "../ui/focus";
import "./tours.css";

const HEADING_ID = TOUR_STEP_HEADING_ID;

/** Moves focus to the step's heading once it has rendered (after a tour is started). */
export function focusTourPanel(): void {
  focusHeading(HEADING_ID);
}

export function TourPanel() {
  // Two stable values, combined here: a selector returning a new object would re-render for ever.
  const tours = useAtlas((s) => s.tours);
  const position = useAtlas((s) => s.tour);
  const at = selectTourStep({ tours, tour: position });
  const goTo = useAtlas((s) => s.goToTourStep);
  const exit = useAtlas((s) => s.exitTour);
  if (!at) return null;
  const { tour, step, index } = at;
  const last = tour.steps.length - 1;
  const move = (delta: number) => {
    const next = index + delta;
    if (next >= 0 && next <= last) goTo(next);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (isEditable(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "ArrowRight") move(1);
    else if (e.key === "ArrowLeft") move(-1);
    else return;
    e.preventDefault();
  };
  const count = `Step ${index + 1} of ${tour.steps.length}`;
  return (
    <section className="tour-panel" aria-label="Guided tour" onKeyDown={onKeyDown}>
      <p className="tour-name">
        Guided tour: <span>{tour.title}</span>
      </p>
      <p className="tour-count" aria-hidden="true">
        {count}
      </p>
      <h2 id={HEADING_ID} tabIndex={-1}>
        {step.title}
      </h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {`${count}: ${step.title}`}
      </p>
      <div className="tour-body">
        <p className="tour-text">{step.text}</p>
        <details className="tour-sources">
          <summary>Sources ({step.sources.length})</summary>
          <ul>
            {step.sources.map((s) => (
              <li key={s.url}>
                {isHttpUrl(s.url) ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </li>
            ))}
          </ul>
        </details>
      </div>
      <div className="tour-nav">
        <button type="button" className="io-button" aria-disabled={index === 0 || undefined} onClick={() => move(-1)}>
          Previous step
        </button>
        <button type="button" className="io-button" aria-disabled={index === last || undefined} onClick={() => move(1)}>
          Next step
        </button>
        <button type="button" className="io-button tour-exit" onClick={exit}>
          Exit tour
        </button>
      </div>
    </section>
  );
}
