"use client";
/**
 * "Guided tours" in the header: a dialog listing the tours of the bundled data (title,
 * summary, number of steps) with a Start button each. Starting one closes the dialog, shows
 * the first step's view and moves focus to the tour panel.
 */
import { useState } from "react";
import { useAtlas } from "../state/atlas-store-provider";
import { focusTourPanel } from "./tour-panel";
import "./tours.css";
import { useModal } from "../ui/use-modal";

function ToursDialog({ onClose }: { onClose: () => void }) {
  const ref = useModal();
  const tours = useAtlas((s) => s.tours);
  const start = useAtlas((s) => s.startTour);
  return (
    <dialog ref={ref} className="io-dialog tours-dialog" aria-labelledby="tours-heading" onClose={onClose}>
      <h2 id="tours-heading">Guided tours</h2>
      <p className="tours-lead">
        Each tour walks through the data step by step; leave it at any step to explore from there.
      </p>
      <ul className="tours-list">
        {tours.map((t) => (
          <li key={t.id}>
            <h3>{t.title}</h3>
            <p>{t.summary}</p>
            <p className="tours-steps">{t.steps.length} steps</p>
            <button
              type="button"
              className="io-button"
              aria-label={`Start tour: ${t.title}`}
              onClick={() => {
                start(t.id);
                ref.current?.close();
                focusTourPanel();
              }}
            >
              Start tour
            </button>
          </li>
        ))}
      </ul>
      <form method="dialog" className="share-actions">
        <button type="submit" className="io-button">
          Close
        </button>
      </form>
    </dialog>
  );
}

export function TourMenu() {
  const [open, setOpen] = useState(false);
  const count = useAtlas((s) => s.tours.length);
  if (count === 0) return null;
  return (
    <>
      <button type="button" className="io-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Guided tours
      </button>
      {open ? <ToursDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
