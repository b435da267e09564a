/**
 * The current map view as a PNG, with a header (title, the window's dates, how many events
 * are visible) and a footer (legend of the layers that are on, attribution) drawn around it.
 *
 * The map is created without `preserveDrawingBuffer` (it costs every frame), so its pixels
 * are only readable while a frame is being drawn: we ask for one repaint and copy the canvas
 * inside MapLibre's `render` event, before the browser clears the buffer.
 */
import type { Map as MaplibreMap } from "maplibre-gl";
import { paintNextFrame } from "@/lib/map/hold-paint";

export interface PngOverlay {
  title: string;
  subtitle: string;
  legend: Array<{ label: string; colour: string }>;
  attribution: string;
  /** "Cite this view"'s plain line, printed under the legend (wrapped, never cut). */
  citation?: string;
  theme: "light" | "dark";
}

/** `text` broken at spaces into lines no wider than `width` (a long address breaks anywhere). */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
    // A single word wider than the line (an address): cut it where it overflows.
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function snapshot(map: MaplibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    const source = map.getCanvas();
    const copy = () => {
      const c = document.createElement("canvas");
      c.width = source.width;
      c.height = source.height;
      c.getContext("2d")?.drawImage(source, 0, 0);
      resolve(c);
    };
    let done = false;
    const onRender = () => {
      if (done) return;
      done = true;
      copy();
    };
    map.once("render", onRender);
    // A frame the loading hold would skip leaves nothing to copy: this one paints.
    paintNextFrame(map);
    map.triggerRepaint();
    // If no frame comes (a hidden tab), copy what there is rather than wait for ever.
    setTimeout(() => {
      if (done) return;
      done = true;
      map.off("render", onRender);
      copy();
    }, 4000);
  });
}

export async function mapToPng(map: MaplibreMap, overlay: PngOverlay): Promise<Blob> {
  const shot = await snapshot(map);
  const scale = shot.width / Math.max(1, map.getCanvas().clientWidth || shot.width);
  const header = Math.round(56 * scale);
  const pad = 12 * scale;
  const font = (px: number, weight = "normal") =>
    `${weight} ${Math.round(px * scale)}px system-ui, "Noto Sans", sans-serif`;
  const measureCtx = document.createElement("canvas").getContext("2d");
  if (!measureCtx) throw new Error("2D canvas is unavailable");
  measureCtx.font = font(11);
  const citationLines = overlay.citation
    ? wrapText(overlay.citation, shot.width - 2 * pad, (t) => measureCtx.measureText(t).width)
    : [];
  const lineHeight = 15 * scale;
  const footer = Math.round(48 * scale + citationLines.length * lineHeight);
  const out = document.createElement("canvas");
  out.width = shot.width;
  out.height = shot.height + header + footer;
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("2D canvas is unavailable");
  const fg = overlay.theme === "dark" ? "#ecebe6" : "#1c1b19";
  const muted = overlay.theme === "dark" ? "#a8a59d" : "#5c5a55";
  ctx.fillStyle = overlay.theme === "dark" ? "#1b1d20" : "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(shot, 0, header);

  ctx.textBaseline = "top";
  ctx.fillStyle = fg;
  ctx.font = font(17, "bold");
  ctx.fillText(overlay.title, pad, 8 * scale);
  ctx.fillStyle = muted;
  ctx.font = font(13);
  ctx.fillText(overlay.subtitle, pad, 32 * scale);

  let x = pad;
  const y = shot.height + header + 10 * scale;
  ctx.font = font(13);
  for (const item of overlay.legend) {
    ctx.fillStyle = item.colour;
    ctx.fillRect(x, y + 2 * scale, 12 * scale, 12 * scale);
    x += 18 * scale;
    ctx.fillStyle = fg;
    ctx.fillText(item.label, x, y);
    x += ctx.measureText(item.label).width + 16 * scale;
  }
  ctx.fillStyle = muted;
  ctx.font = font(12);
  ctx.textAlign = "right";
  ctx.fillText(overlay.attribution, out.width - pad, y + 18 * scale);
  ctx.textAlign = "left";
  ctx.font = font(11);
  citationLines.forEach((line, i) => ctx.fillText(line, pad, y + 38 * scale + i * lineHeight));

  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the image could not be encoded"))), "image/png"),
  );
}
