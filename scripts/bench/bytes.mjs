/**
 * Bytes a reader downloads: the JS chunks the initial HTML references (gzipped, each file
 * as the server would send it; the `noModule` polyfill, which module-capable browsers skip,
 * is counted apart), the chunks loaded later (the lazily loaded map and
 * MapLibre), the HTML itself (the same for every URL), the events file it preloads
 * (/data/atlas-data.<hash>.json), the basemap (public/basemap/*) and the dataset
 * (geodata/*.geojson).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const kb = (n) => Math.round((n / 1024) * 10) / 10;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

async function fetchBuffer(url) {
  const res = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

function dirBytes(dir, suffix = "") {
  let raw = 0;
  let gzip = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith(suffix) && statSync(join(dir, f)).isFile());
  for (const f of files) {
    const buf = readFileSync(join(dir, f));
    raw += buf.length;
    gzip += gz(buf);
  }
  return { files: files.length, raw_kb: kb(raw), gzip_kb: kb(gzip) };
}

/** `requestedAfterLoad`: every URL the page requested up to map idle (to find the lazy chunks). */
export async function measureBytes(root, baseUrl, requestedAfterLoad) {
  const html = await fetchBuffer(baseUrl + "/");
  const text = html.toString("utf8");
  const tags = [...text.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"[^>]*>/g)];
  // A `noModule` script (the legacy polyfill) is skipped by every browser that runs modules.
  const legacy = new Set(tags.filter((m) => /\bnomodule\b/i.test(m[0])).map((m) => m[1]));
  const initial = [...new Set(tags.map((m) => m[1]))];
  let initialRaw = 0;
  let initialGzip = 0;
  let legacyGzip = 0;
  for (const src of initial) {
    const buf = await fetchBuffer(new URL(src, baseUrl).href);
    if (legacy.has(src)) {
      legacyGzip += gz(buf);
      continue;
    }
    initialRaw += buf.length;
    initialGzip += gz(buf);
  }
  const initialPaths = new Set(initial.map((s) => new URL(s, baseUrl).pathname));
  const lazy = [
    ...new Set(
      requestedAfterLoad
        .map((u) => new URL(u))
        .filter(
          (u) => u.origin === new URL(baseUrl).origin && (u.pathname.endsWith(".js") || u.pathname.endsWith(".mjs")),
        )
        .map((u) => u.pathname),
    ),
  ].filter((p) => !initialPaths.has(p));
  let lazyRaw = 0;
  let lazyGzip = 0;
  for (const p of lazy) {
    const buf = await fetchBuffer(baseUrl + p);
    lazyRaw += buf.length;
    lazyGzip += gz(buf);
  }
  const dataPath = /<link rel="preload" href="(\/data\/[^"]+\.json)"/.exec(text)?.[1] ?? null;
  const dataBuf = dataPath ? await fetchBuffer(baseUrl + dataPath) : null;
  return {
    first_load_js_gzip_kb: kb(initialGzip),
    first_load_js_raw_kb: kb(initialRaw),
    first_load_js_files: initial.length - legacy.size,
    nomodule_polyfill_gzip_kb: kb(legacyGzip),
    lazy_js_gzip_kb: kb(lazyGzip),
    lazy_js_raw_kb: kb(lazyRaw),
    lazy_js_files: lazy.length,
    html_raw_kb: kb(html.length),
    html_gzip_kb: kb(gz(html)),
    data_file: dataBuf ? { path: dataPath, raw_kb: kb(dataBuf.length), gzip_kb: kb(gz(dataBuf)) } : null,
    basemap: dirBytes(join(root, "public", "basemap")),
    geodata: dirBytes(join(root, "geodata"), ".geojson"),
  };
}
