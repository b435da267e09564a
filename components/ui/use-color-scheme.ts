"use client";
/**
 * The colour scheme the page is drawn in, following the system setting. The map, its
 * legends and the details panel pick their palette (lib/map/palette.ts) by it.
 */
import { useSyncExternalStore } from "react";
import type { Theme } from "@/lib/map/palette";

const QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(QUERY);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
}

/** The user's preferred colour scheme; "light" during server rendering. */
export function useColorScheme(): Theme {
  return useSyncExternalStore(
    subscribe,
    () => (window.matchMedia(QUERY).matches ? "dark" : "light"),
    () => "light",
  );
}
