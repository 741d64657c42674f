// Reads a shard's index chunks word by word, A–Z, without decoding word positions: a word's pages stay the bytes
// Pagefind wrote, apart from the first page number (the others are differences from the one before) and, when the
// shard numbers metadata fields differently from the merged index, the field numbers.
import { join } from 'node:path';
import type { BundleMeta } from './bundle-meta.ts';
import { CborReader, CborWriter } from './cbor.ts';
import { readPagefindFile } from './pagefind-files.ts';

/**
 * A word's pages in one shard: page numbers are the shard's own (0 = its first page). `bytes` from `start` to `end`
 * hold the first page's positions and metadata positions, then the other pages whole (each page number relative to
 * the page before, so they stay as they are).
 */
export interface PageRun {
  count: number;
  first: number;
  last: number;
  bytes: Buffer;
  start: number;
  end: number;
  /** What Pagefind's chunking counts for these pages: positions + metadata positions + 1 per page. */
  size: number;
}

/** A word in one shard, e.g. `{ word: 'borehol', pages: {…}, variants: [{ form: 'borehôl', pages: {…} }] }`. */
export interface ShardWord {
  word: string;
  pages: PageRun;
  /** Spellings with diacritics, indexed apart from the plain word. */
  variants: { form: string; pages: PageRun }[];
}

/**
 * The shard's words A–Z. `fields` maps the shard's metadata field numbers to the merged index's (undefined when the
 * same). Reads one chunk at a time.
 */
export function* shardWords(dir: string, meta: BundleMeta, fields: readonly number[] | undefined): Generator<ShardWord> {
  for (const chunk of meta.chunks) {
    const r = new CborReader(readPagefindFile(join(dir, 'index', `${chunk.hash}.pf_index`)));
    r.array();
    const count = r.array();
    for (let i = 0; i < count; i++) {
      r.array();
      const word = r.text();
      const pages = readRun(r, fields);
      const variants = Array.from({ length: r.array() }, () => (r.array(), { form: r.text(), pages: readRun(r, fields) }));
      yield { word, pages, variants };
    }
  }
}

function readRun(r: CborReader, fields: readonly number[] | undefined): PageRun {
  const count = r.array();
  const w = fields ? new CborWriter() : undefined; // the pages rewritten, when field numbers change
  let [page, first, size, start] = [0, 0, 0, r.pos];
  for (let i = 0; i < count; i++) {
    r.array();
    const delta = r.uint();
    page += delta;
    if (i === 0) [first, start] = [page, r.pos];
    if (w && fields) {
      const locs = r.ints();
      const metaLocs = r.ints().map((n) => (n < 0 ? -1 - (fields[-1 - n] ?? -1 - n) : n));
      (i === 0 ? w : w.array(3).int(delta)).ints(locs).ints(metaLocs);
      size += locs.length + metaLocs.length + 1;
    } else size += r.skipInts() + r.skipInts() + 1;
  }
  if (w) return { count, first, last: page, bytes: Buffer.from(w.bytes()), start: 0, end: w.bytes().length, size };
  return { count, first, last: page, bytes: r.buf, start, end: r.pos, size };
}
