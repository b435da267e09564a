"use client";
/**
 * Tabs with the WAI-ARIA tabs pattern: a tablist of tabs (Left/Right/Home/End move and
 * activate, one tab stop), each controlling a tabpanel. Only the active panel is rendered,
 * so a hidden panel costs nothing while the window moves.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  render: () => ReactNode;
}

export function Tabs<K extends string>({
  tabs,
  active,
  onChange,
  label,
}: {
  tabs: readonly TabSpec<K>[];
  active: K;
  onChange: (k: K) => void;
  label: string;
}) {
  const base = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.key === active),
  );
  const go = (i: number) => {
    const t = tabs[(i + tabs.length) % tabs.length];
    if (!t) return;
    onChange(t.key);
    refs.current.get(t.key)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowRight") go(index + 1);
    else if (e.key === "ArrowLeft") go(index - 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(tabs.length - 1);
    else return;
    e.preventDefault();
  };
  const current = tabs[index];
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tablist">
        {tabs.map((t) => (
          <button
            key={t.key}
            ref={(el) => {
              if (el) refs.current.set(t.key, el);
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.key}`}
            aria-selected={t.key === active}
            aria-controls={t.key === active ? `${base}-panel-${t.key}` : undefined}
            tabIndex={t.key === active ? 0 : -1}
            onClick={() => onChange(t.key)}
            onKeyDown={onKeyDown}
            className="tab"
          >
            {t.label}
          </button>
        ))}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`${base}-panel-${current.key}`}
          aria-labelledby={`${base}-tab-${current.key}`}
          className="tabpanel"
        >
          {current.render()}
        </div>
      )}
    </div>
  );
}
