"use client";
/**
 * Runs playback while the store says `playing`: one requestAnimationFrame loop that turns
 * elapsed time into whole-day steps (lib/timeline/playback) and applies the playback rule
 * of the current mode (lib/domain/window). Mode, speed and loop are read from the store on
 * every frame, so changing them while playing takes effect at once.
 *
 * Playback stops when the tab is hidden, when it reaches the end (without loop), and
 * whenever this hook unmounts. It only ever starts from the user's Play; nothing starts it
 * by itself, and with prefers-reduced-motion a stale `playing` flag is cleared on mount.
 */
import { useEffect } from "react";
import { playbackStep } from "@/lib/domain/time-window";
import { advance } from "@/lib/timeline/playback";
import { useAtlas, useAtlasStoreApi } from "../state/atlas-store-provider";

export function usePlayback(): void {
  const store = useAtlasStoreApi();
  const playing = useAtlas((s) => s.playing);

  useEffect(() => {
    if (window.matchMedia("(prefers-reduced-motion: reduce)").matches && store.getState().playing) {
      store.getState().setPlaying(false);
    }
  }, [store]);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last: number | null = null;
    let carry = 0;
    const tick = (now: number) => {
      const s = store.getState();
      if (!s.playing) return;
      const step = advance(carry, last === null ? 0 : now - last, s.speed);
      last = now;
      carry = step.carry;
      if (step.days > 0) {
        const next = playbackStep(s.window, s.mode, step.days, s.extent, s.loop);
        if (next.finished) {
          s.setPlaying(false);
          return;
        }
        // Playback's own step: through the same entry as a manual move, without pausing.
        s.scrubWindow(next.window, { pause: false });
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const onVisibility = () => {
      if (document.visibilityState === "hidden") store.getState().setPlaying(false);
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [playing, store]);
}
