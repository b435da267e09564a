/**
 * A minimal PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * the 127-byte header, a gzip-compressed varint directory (with leaf directories when the
 * root would not fit the first 16 KiB), JSON metadata, then the tile data in tile-id
 * (Hilbert) order. Tiles must already be encoded (MVT) and gzip-compressed.
 */
import { gzipSync } from "node:zlib";

/** Tile id: all tiles of lower zooms, then the tile's position on the Hilbert curve at its zoom. */
export function zxyToTileId(z, x, y) {
  let acc = 0;
  for (let t = 0; t < z; t++) acc += 4 ** t;
  const n = 2 ** z;
  let d = 0;
  let tx = x;
  let ty = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (tx & s) > 0 ? 1 : 0;
    const ry = (ty & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        tx = s - 1 - (tx % s);
        ty = s - 1 - (ty % s);
      }
      [tx, ty] = [ty, tx];
    }
  }
  return acc + d;
}

function writeVarint(out, value) {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** entries: [{ tileId, offset, length, runLength }] sorted by tileId. */
function serialiseDirectory(entries) {
  const out = [];
  writeVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    if (i > 0 && prev && e.offset === prev.offset + prev.length) writeVarint(out, 0);
    else writeVarint(out, e.offset + 1);
  });
  return gzipSync(Buffer.from(out));
}

function directories(entries) {
  const root = serialiseDirectory(entries);
  if (root.length <= 16384 - 127) return { root, leaves: Buffer.alloc(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries = [];
    const leafBuffers = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = serialiseDirectory(entries.slice(i, i + leafSize));
      rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leafBuffers.push(leaf);
      offset += leaf.length;
    }
    const r = serialiseDirectory(rootEntries);
    if (r.length <= 16384 - 127) return { root: r, leaves: Buffer.concat(leafBuffers) };
  }
}

/**
 * tiles: [{ z, x, y, data: Buffer (gzipped MVT) }]; bounds [w, s, e, n]; returns the archive.
 */
export function writePmtiles(tiles, { minZoom, maxZoom, bounds, metadata }) {
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  const entries = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ tileId: t.tileId, offset, length: t.data.length, runLength: 1 });
    offset += t.data.length;
  }
  const tileData = Buffer.concat(sorted.map((t) => t.data));
  const { root, leaves } = directories(entries);
  const meta = gzipSync(Buffer.from(JSON.stringify(metadata)));

  const header = Buffer.alloc(127);
  header.write("PMTiles", 0, "ascii");
  header.writeUInt8(3, 7);
  const rootOffset = 127;
  const metaOffset = rootOffset + root.length;
  const leafOffset = metaOffset + meta.length;
  const dataOffset = leafOffset + leaves.length;
  const u64 = (pos, v) => header.writeBigUInt64LE(BigInt(v), pos);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metaOffset);
  u64(32, meta.length);
  u64(40, leafOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, tileData.length);
  u64(72, entries.length); // addressed tiles
  u64(80, entries.length); // tile entries
  u64(88, entries.length); // tile contents
  header.writeUInt8(1, 96); // clustered: tile data in tile-id order
  header.writeUInt8(2, 97); // internal compression: gzip
  header.writeUInt8(2, 98); // tile compression: gzip
  header.writeUInt8(1, 99); // tile type: MVT
  header.writeUInt8(minZoom, 100);
  header.writeUInt8(maxZoom, 101);
  const e7 = (v) => Math.round(v * 1e7);
  header.writeInt32LE(e7(bounds[0]), 102);
  header.writeInt32LE(e7(bounds[1]), 106);
  header.writeInt32LE(e7(bounds[2]), 110);
  header.writeInt32LE(e7(bounds[3]), 114);
  header.writeUInt8(minZoom, 118);
  header.writeInt32LE(e7((bounds[0] + bounds[2]) / 2), 119);
  header.writeInt32LE(e7((bounds[1] + bounds[3]) / 2), 123);
  return Buffer.concat([header, root, meta, leaves, tileData]);
}
