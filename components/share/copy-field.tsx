"use client";
/**
 * A read-only text to copy (a link, a snippet, a citation): labelled, selectable, with a Copy
 * button that says in a live region whether the copy worked. Where the clipboard is refused
 * (an insecure origin, a browser setting) the text is selected so the reader can copy it.
 */
import { useId, useRef, useState } from "react";

export function CopyField({
  label,
  value,
  multiline = false,
  rows = 3,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  rows?: number;
}) {
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("Copied.");
    } catch {
      ref.current?.focus();
      ref.current?.select();
      setStatus("The clipboard is not available here: the text is selected, press Ctrl+C (⌘C) to copy it.");
    }
  };
  return (
    <div className="share-field">
      <label htmlFor={id}>{label}</label>
      <div className="share-field-row">
        {multiline ? (
          <textarea
            id={id}
            ref={ref}
            readOnly
            value={value}
            rows={rows}
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
        ) : (
          <input
            id={id}
            ref={ref}
            readOnly
            value={value}
            spellCheck={false}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
        <button type="button" className="io-button" onClick={() => void copy()}>
          Copy<span className="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
      <p className="share-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
