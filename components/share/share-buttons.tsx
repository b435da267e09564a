"use client";
/** The header's "Share" and "Cite this view" buttons; each opens its dialog (loaded only when open). */
import { useState } from "react";
import { CiteDialog } from "./cite-dialog";
import { ShareDialog } from "./share-dialog";
import "./share.css";

export function ShareButtons() {
  const [open, setOpen] = useState<"share" | "cite" | null>(null);
  return (
    <div className="share-buttons">
      <button type="button" className="io-button" aria-haspopup="dialog" onClick={() => setOpen("share")}>
        Share
      </button>
      <button type="button" className="io-button" aria-haspopup="dialog" onClick={() => setOpen("cite")}>
        Cite this view
      </button>
      {open === "share" ? <ShareDialog onClose={() => setOpen(null)} /> : null}
      {open === "cite" ? <CiteDialog onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
