"use client";
/**
 * A ref for a `<dialog>` that opens as a modal once it is mounted: the browser then traps
 * focus, closes it on Escape and gives focus back to the control that opened it. The dialogs
 * (import report, share, cite, tours) are mounted only while open.
 */
import { useEffect, useRef, type RefObject } from "react";

export function useModal(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return ref;
}
