"use client";
/**
 * "Cite this view": the citation of the dataset version and of this view (its window and
 * link) with today's date as the access date, in plain text and BibTeX (lib/cite/citation.ts).
 * The version and the data-through date come from the data (dataset.json), never the clock.
 */
import { useState } from "react";
import { viewCitation } from "@/lib/store/view-citation";
import { todayUtcDay } from "@/lib/data/today";
import { useAtlasStoreApi } from "../state/atlas-store-provider";
import { CopyField } from "./copy-field";
import { useModal } from "../ui/use-modal";

export function CiteDialog({ onClose }: { onClose: () => void }) {
  const ref = useModal();
  const store = useAtlasStoreApi();
  const [citation] = useState(() => viewCitation(store.getState(), window.location.origin, todayUtcDay()));
  return (
    <dialog ref={ref} className="io-dialog share-dialog" aria-labelledby="cite-heading" onClose={onClose}>
      <h2 id="cite-heading">Cite this view</h2>
      {citation ? (
        <>
          <p className="share-lead">
            The version and its &ldquo;data through&rdquo; date say which data you saw; the link opens this window
            again.
          </p>
          <CopyField label="Citation" value={citation.text} multiline rows={4} />
          <CopyField label="BibTeX" value={citation.bibtex} multiline rows={10} />
        </>
      ) : (
        <p>The data carries no version (dataset.json is missing), so this view cannot be cited reliably.</p>
      )}
      <form method="dialog" className="share-actions">
        <button type="submit" className="io-button">
          Close
        </button>
      </form>
    </dialog>
  );
}
