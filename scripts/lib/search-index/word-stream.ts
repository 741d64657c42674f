// Reads a shard's index chunks word by word, A–Z, without decoding word positions: a word's pages stay the bytes
// Pagefind wrote, apart from the first page number (the others are differences from the one before) and, when the
// shard numbers metadata fields differently from the merged index, the field numbers.
import { join } from 'node:path';
import { CborReader, cborHead, encodeCbor } from '../pagefind-format/cbor.ts';
import type { BundleMeta } from '../pagefind-format/meta-file.ts';
import { readPagefindFile } from '../pagefind-format/files.ts';

/**
 * A word's pages in one shard: page numbers are the shard's own (0 = its first page). `bytes` from `start` to `end`
 * hold the first page's positions and metadata positions, then the other pages whole (each page number relative to
 * the page before, so they stay as they are).
 */
export interface PageRun {
  count: number;
  first: number;
  last: number;
  bytes: Uint8Array;
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
 * A shard's index chunks decompressed and laid end to end, in the order of its metadata: its words A–Z.
 * @example const words = readShardWords('/tmp/pagefind-shards-x/3', meta); // then shardWords(words, undefined)
 */
export function readShardWords(dir: string, meta: BundleMeta): Uint8Array {
  return Buffer.concat(meta.chunks.map((chunk) => readPagefindFile(join(dir, 'index', `${chunk.hash}.pf_index`))));
}

/**
 * A shard's words A–Z, from readShardWords. `fields` maps the shard's metadata field numbers to the merged index's
 * (undefined when the same).
 */
export function* shardWords(chunks: Uint8Array, fields: readonly number[] | undefined): Generator<ShardWord> {
  const r = new CborReader(chunks);
  while (r.at < chunks.length) {
    r.array();
    for (let n = r.array(); n > 0; n--) {
      r.array();
      const word = r.value() as string;
      const pages = readRun(r, fields);
      const variants = Array.from({ length: r.array() }, () => {
        r.array();
        return { form: r.value() as string, pages: readRun(r, fields) };
      });
      yield { word, pages, variants };
    }
  }
}

/** Skips an array of integers (a page's positions) and returns its length: the one loop run for every position. */
function skipInts(r: CborReader): number {
  const length = r.array();
  for (let i = 0; i < length; i++) {
    const info = (r.bytes[r.at] ?? 0) & 31;
    r.at += info < 24 ? 1 : info === 24 ? 2 : info === 25 ? 3 : info === 26 ? 5 : 9;
  }
  return length;
}

const ints = (r: CborReader): number[] => Array.from({ length: r.array() }, () => r.value() as number);

function readRun(r: CborReader, fields: readonly number[] | undefined): PageRun {
  const count = r.array();
  const rewritten: Uint8Array[] = []; // the pages, when field numbers change
  let [page, first, size, start] = [0, 0, 0, r.at];
  for (let i = 0; i < count; i++) {
    r.array();
    const delta = r.value() as number;
    page += delta;
    if (i === 0) [first, start] = [page, r.at];
    if (fields) {
      const locs = ints(r);
      const metaLocs = ints(r).map((n) => (n < 0 ? -1 - (fields[-1 - n] ?? -1 - n) : n));
      if (i > 0) rewritten.push(cborHead(4, 3), cborHead(0, delta));
      rewritten.push(encodeCbor(locs), encodeCbor(metaLocs));
      size += locs.length + metaLocs.length + 1;
    } else size += skipInts(r) + skipInts(r) + 1;
  }
  if (!fields) return { count, first, last: page, bytes: r.bytes, start, end: r.at, size };
  const bytes = Buffer.concat(rewritten);
  return { count, first, last: page, bytes, start: 0, end: bytes.length, size };
}
