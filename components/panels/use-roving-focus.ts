"use client";
/**
 * Roving focus for a long list of buttons: one tab stop for the whole list, arrow keys,
 * Home/End and Page keys move between items. `reveal(i)` is called before focusing item i
 * so a virtualised list can render it first; focus follows once the item is mounted.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";

export function useRovingFocus(count: number, reveal?: (index: number) => void, pageSize = 10) {
  const [active, setActive] = useState(0);
  const pending = useRef<number | null>(null);
  const items = useRef(new Map<number, HTMLElement>());
  const current = Math.min(active, Math.max(0, count - 1));

  useEffect(() => {
    if (pending.current === null) return;
    const el = items.current.get(pending.current);
    if (el) {
      el.focus();
      pending.current = null;
    }
  });

  const move = useCallback(
    (to: number) => {
      const next = Math.max(0, Math.min(count - 1, to));
      reveal?.(next);
      pending.current = next;
      setActive(next);
      items.current.get(next)?.focus();
    },
    [count, reveal],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: pageSize, PageUp: -pageSize };
      if (e.key in step) move(current + (step[e.key] ?? 0));
      else if (e.key === "Home") move(0);
      else if (e.key === "End") move(count - 1);
      else return;
      e.preventDefault();
    },
    [count, current, move, pageSize],
  );

  const itemProps = (index: number) => ({
    tabIndex: index === current ? 0 : -1,
    onKeyDown,
    onFocus: () => setActive(index),
    ref: (el: HTMLElement | null) => {
      if (el) items.current.set(index, el);
      else items.current.delete(index);
    },
  });

  return { active: current, itemProps };
}
