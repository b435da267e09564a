"use client";
/**
 * "Share": the link to this view, the `<iframe>` snippet that embeds it (at a chosen size)
 * and a live preview of the embed, in a modal dialog. The addresses come from the store's
 * URL state (lib/share/share-links.ts), read when the dialog opens, so they name the view
 * the reader is looking at. Another site can show the embed only where the host allows it
 * (ATLAS_FRAME_ANCESTORS, README "Embed a view"); the preview is same-origin and always works.
 */
import { useState } from "react";
import { formatDay } from "@/lib/domain/days";
import { EMBED_SIZES, embedLink, iframeSnippet, viewLink, type EmbedSize } from "@/lib/share/share-links";
import { selectUrlDefaults, selectUrlState } from "@/lib/store/selectors";
import { useAtlasStoreApi } from "../state/atlas-store-provider";
import { CopyField } from "./copy-field";
import { useModal } from "../ui/use-modal";

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const ref = useModal();
  const store = useAtlasStoreApi();
  const [size, setSize] = useState<EmbedSize>("medium");
  // Read once: the dialog is modal, the view cannot change while it is open.
  const [view] = useState(() => {
    const s = store.getState();
    const state = selectUrlState(s);
    const defaults = selectUrlDefaults(s);
    const origin = window.location.origin;
    return {
      link: viewLink(origin, state, defaults),
      embed: embedLink(origin, state, defaults),
      from: formatDay(s.window.from),
      to: formatDay(s.window.to),
    };
  });
  const title = `Exercise Atlas: exercises from ${view.from} to ${view.to}`;
  const snippet = iframeSnippet(view.embed, title, size);
  return (
    <dialog ref={ref} className="io-dialog share-dialog" aria-labelledby="share-heading" onClose={onClose}>
      <h2 id="share-heading">Share this view</h2>
      <p className="share-lead">
        {view.from} to {view.to}, with the layers and selection you have on the map.
      </p>
      <CopyField label="Link to this view" value={view.link} />
      <h3>Embed in a page</h3>
      <div className="share-field">
        <label htmlFor="share-embed-size">Embed size</label>
        <select id="share-embed-size" value={size} onChange={(e) => setSize(e.currentTarget.value as EmbedSize)}>
          {(Object.keys(EMBED_SIZES) as EmbedSize[]).map((k) => (
            <option key={k} value={k}>
              {EMBED_SIZES[k].label}
            </option>
          ))}
        </select>
      </div>
      <CopyField label="Embed code" value={snippet} multiline rows={4} />
      <p className="share-note">
        The embed shows the map, the timeline and a legend with a link back here. A site can show it only if this
        atlas&apos;s host lists that site among the origins allowed to embed it (see the README, &ldquo;Embed a
        view&rdquo;).
      </p>
      <figure className="share-preview">
        <figcaption>Preview</figcaption>
        <iframe src={view.embed} title="Preview of the embedded view" />
      </figure>
      <form method="dialog" className="share-actions">
        <button type="submit" className="io-button">
          Close
        </button>
      </form>
    </dialog>
  );
}
