"use client";
/**
 * Play / Pause, step back / forward (one second of playback at the chosen speed), the speed
 * choice, loop, and the playback mode (window: both ends move; cumulative: the start stays).
 * A step is a manual move: it pauses playback (through the store's `scrubWindow`).
 */
import { playbackStart } from "@/lib/domain/time-window";
import { nearestSpeed, SPEED_CHOICES } from "@/lib/timeline/playback";
import { stepped } from "@/lib/timeline/scrub-targets";
import { useAtlas, useAtlasStoreApi } from "../state/atlas-store-provider";
import { usePlayback } from "./use-playback";

export function PlaybackControls() {
  usePlayback();
  const store = useAtlasStoreApi();
  const playing = useAtlas((s) => s.playing);
  const speed = useAtlas((s) => s.speed);
  const loop = useAtlas((s) => s.loop);
  const mode = useAtlas((s) => s.mode);
  const speedChoice = nearestSpeed(speed);

  const togglePlay = () => {
    const s = store.getState();
    if (s.playing) return s.setPlaying(false);
    s.scrubWindow(playbackStart(s.window, s.mode, s.extent), { pause: false });
    s.setPlaying(true);
  };
  const step = (direction: 1 | -1) => {
    const s = store.getState();
    s.scrubWindow(stepped(s.window, s.mode, direction * speedChoice.daysPerSecond, s.extent));
  };
  const stepLabel = speedChoice.label.replace(" / s", "");

  return (
    <div className="tl-playback">
      <button type="button" className="tl-button tl-play" onClick={togglePlay} aria-label={playing ? "Pause" : "Play"}>
        <span aria-hidden="true" className={playing ? "tl-icon-pause" : "tl-icon-play"} />
      </button>
      <button
        type="button"
        className="tl-button"
        onClick={() => step(-1)}
        aria-label="Step back"
        title={`Back ${stepLabel}`}
      >
        <span aria-hidden="true" className="tl-icon-step tl-icon-step-back" />
      </button>
      <button
        type="button"
        className="tl-button"
        onClick={() => step(1)}
        aria-label="Step forward"
        title={`Forward ${stepLabel}`}
      >
        <span aria-hidden="true" className="tl-icon-step" />
      </button>
      <select
        className="tl-select"
        aria-label="Playback speed"
        value={speedChoice.daysPerSecond}
        onChange={(e) => store.getState().setSpeed(Number(e.target.value))}
      >
        {SPEED_CHOICES.map((c) => (
          <option key={c.daysPerSecond} value={c.daysPerSecond}>
            {c.label}
          </option>
        ))}
      </select>
      <label className="tl-check">
        <input type="checkbox" checked={loop} onChange={(e) => store.getState().setLoop(e.target.checked)} />
        Loop
      </label>
      <fieldset className="tl-segmented">
        <legend className="visually-hidden">Playback mode</legend>
        {(["window", "cumulative"] as const).map((m) => (
          <label
            key={m}
            className="tl-segment"
            title={m === "window" ? "Both ends move" : "The start stays, the end grows"}
          >
            <input
              type="radio"
              name="tl-mode"
              value={m}
              checked={mode === m}
              onChange={() => store.getState().setMode(m)}
            />
            <span>{m === "window" ? "Window" : "Cumulative"}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
