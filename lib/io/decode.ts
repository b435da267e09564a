/**
 * Bytes of a file → text, refusing what is not UTF-8.
 *
 * Contract: `decodeUtf8(bytes)` never throws. It returns the text without a byte-order mark,
 * or a message when the file is empty (0 bytes or only whitespace), larger than
 * `MAX_FILE_BYTES`, or not valid UTF-8 (with the byte offset of the first bad byte, and a hint
 * for the usual culprits: UTF-16 and Windows-1252 exports).
 */
import { MAX_FILE_BYTES } from "./limits";
import { formatBytes } from "../text/numbers";

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  if (bytes.byteLength === 0) return { ok: false, message: "The file is empty (0 bytes)." };
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ok: false, message: tooLargeMessage(bytes.byteLength) };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: "The file is UTF-16 encoded; save it as UTF-8 and import it again." };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      message: `The file is not valid UTF-8 (first invalid byte at offset ${at}); save it as UTF-8 (not Latin-1 or Windows-1252) and import it again.`,
    };
  }
  if (text.trim() === "") return { ok: false, message: "The file is empty (only whitespace)." };
  return { ok: true, text };
}

export function tooLargeMessage(size: number): string {
  return `The file is ${formatBytes(size)}; files larger than ${formatBytes(MAX_FILE_BYTES)} are not imported (split it into smaller files).`;
}

/** Offset of the first byte that breaks UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return i;
}
