/**
 * Ids for imported events. Every imported id is `import-<batch>-<slug>`: the batch id is new
 * for each import and never equal to an earlier one, and no bundled id starts with `import-`
 * (a data test guards that), so imported ids can collide neither with the bundled data nor with
 * earlier imports. Within one file, a repeated slug gets `-2`, `-3`, ….
 */

/** A new batch id (6 lowercase letters/digits) that is not in `taken`. */
export function newBatchId(taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const bytes = new Uint8Array(6);
    crypto.getRandomValues(bytes);
    const id = Array.from(bytes, (b) => "abcdefghijklmnopqrstuvwxyz0123456789"[b % 36]).join("");
    if (!taken.has(id)) return id;
  }
}

/** `"Zapad 2021!"` → `zapad-2021`; at most 60 characters; "" when nothing usable is left. */
export function slugify(raw: unknown): string {
  if (typeof raw !== "string" && typeof raw !== "number") return "";
  return String(raw)
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

/** Hands out unique ids within one import. */
export function idMaker(batchId: string): (raw: unknown, index: number) => string {
  const used = new Set<string>();
  return (raw, index) => {
    const slug = slugify(raw) || `f${index}`;
    let id = `import-${batchId}-${slug}`;
    for (let n = 2; used.has(id); n++) id = `import-${batchId}-${slug}-${n}`;
    used.add(id);
    return id;
  };
}
