"use client";
/**
 * The window's exact dates as text fields (YYYY-MM-DD). What is typed is applied on Enter
 * or when the field loses focus; Escape, or an invalid date on leaving, restores the
 * current value. A start typed after the end (or an end before the start) carries the other
 * end along, so what was typed is always what is shown. The fields always show the store's window while not being edited.
 */
import { useId, useState } from "react";
import { formatDay, parseDay } from "@/lib/domain/days";
import { placeEdge } from "@/lib/domain/time-window";
import { useAtlas, useAtlasStoreApi } from "../state/atlas-store-provider";

function DateField({ edge, label }: { edge: "from" | "to"; label: string }) {
  const store = useAtlasStoreApi();
  const day = useAtlas((s) => s.window[edge]);
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const hintId = `${id}-hint`;

  const commit = (text: string, leaving: boolean) => {
    const parsed = parseDay(text.trim());
    if (parsed === null) {
      setInvalid(!leaving);
      if (leaving) setDraft(null);
      return;
    }
    const s = store.getState();
    s.scrubWindow(placeEdge(s.window, edge, parsed, s.extent));
    setDraft(null);
    setInvalid(false);
  };

  return (
    <div className="tl-date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={10}
        size={10}
        placeholder="YYYY-MM-DD"
        className="tl-input"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        value={draft ?? formatDay(day)}
        onChange={(e) => {
          setDraft(e.target.value);
          setInvalid(false);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit(e.currentTarget.value, false);
          if (e.key === "Escape") {
            setDraft(null);
            setInvalid(false);
          }
        }}
        onBlur={(e) => {
          if (draft !== null) commit(e.currentTarget.value, true);
        }}
      />
      {invalid ? (
        <span id={hintId} className="tl-date-hint" role="alert">
          Use a real date, YYYY-MM-DD
        </span>
      ) : null}
    </div>
  );
}

export function DateFields() {
  return (
    <div className="tl-dates">
      <DateField edge="from" label="From" />
      <DateField edge="to" label="To" />
    </div>
  );
}
