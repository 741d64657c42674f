// Merges the shards' word indexes into one, A–Z, cut into chunks exactly as Pagefind cuts its own (a chunk closes once
// its words hold `chunkSize` positions and pages), so the merged index is the one Pagefind would write for all pages.
import type { BundleMeta } from '../pagefind-format/meta-file.ts';
import { cborHead } from '../pagefind-format/cbor.ts';
import type { WordEntry } from '../pagefind-format/compact.ts';
import { fullHash, shortName } from '../pagefind-format/files.ts';
import { shardWords, type PageRun, type ShardWord } from './word-stream.ts';
import { compareUtf8 } from '../pagefind-format/compare-utf8.ts';

/** A shard as the merge reads it: its words (readShardWords), its first page number in the merged index, its field map. */
export interface WordSource {
  words: Uint8Array;
  offset: number;
  fields: readonly number[] | undefined;
}

/** The merged word index: Pagefind's chunk list for its metadata file, and every word's entry A–Z (when not written). */
export interface MergedWords {
  chunks: BundleMeta['chunks'];
  words: WordEntry[];
}

/**
 * Merges the shards' words into Pagefind's chunks. `write` is where the chunks go (`<out>/index/`), or undefined
 * when they are only needed for their names (the compaction then cuts the words into chunks of its own).
 */
export async function mergeWords(
  sources: readonly WordSource[],
  language: string,
  chunkSize: number,
  write: ((name: string, payload: Uint8Array) => Promise<void>) | undefined,
): Promise<MergedWords> {
  const merged: MergedWords = { chunks: [], words: [] };
  const names = new Set<string>();
  // The chunk being filled: its parts of CBOR, and where each word's entry starts and ends in them.
  let [parts, marks, bytes, size] = [[] as Uint8Array[], [] as { word: string; start: number; end: number }[], 0, 0];
  const close = async () => {
    const head = Buffer.concat([cborHead(4, 1), cborHead(4, marks.length)]);
    const payload = Buffer.concat([head, ...parts]);
    const hash = shortName(fullHash(language, payload), 2, (n) => names.has(n));
    names.add(hash);
    merged.chunks.push({ from: marks[0]?.word ?? '', to: marks.at(-1)?.word ?? '', hash });
    // A written chunk's memory goes to the thread compressing it: its words are only kept when it is not written.
    if (write) await write(hash, payload);
    else
      for (const { word, start, end } of marks)
        merged.words.push({ word, bytes: payload.subarray(head.length + start, head.length + end) });
    [parts, marks, bytes, size] = [[], [], 0, 0];
  };
  for (const group of mergeSorted(sources)) {
    const first = parts.length;
    size += writeWord(parts, group);
    const length = parts.slice(first).reduce((n, p) => n + p.length, 0);
    marks.push({ word: group[0]?.word.word ?? '', start: bytes, end: bytes + length });
    bytes += length;
    if (size >= chunkSize) await close();
  }
  if (marks.length > 0) await close();
  trimChunkBounds(merged.chunks);
  return merged;
}

/** One word from every shard that has it, in shard order, e.g. `[{ word: {…}, offset: 0 }, { word: {…}, offset: 500 }]`. */
type WordGroup = { word: ShardWord; offset: number }[];

/** The shards' words merged A–Z (by UTF-8 bytes, as Pagefind sorts), equal words grouped. */
function* mergeSorted(sources: readonly WordSource[]): Generator<WordGroup> {
  const streams = sources.map((s) => ({ words: shardWords(s.words, s.fields), offset: s.offset }));
  const heads = streams.map((s) => s.words.next());
  for (;;) {
    let min: string | undefined;
    for (const h of heads) if (!h.done && (min === undefined || compareUtf8(h.value.word, min) < 0)) min = h.value.word;
    if (min === undefined) return;
    const group: WordGroup = [];
    heads.forEach((h, i) => {
      const stream = streams[i];
      if (h.done || h.value.word !== min || !stream) return;
      group.push({ word: h.value, offset: stream.offset });
      heads[i] = stream.words.next();
    });
    yield group;
  }
}

const text = (value: string): Uint8Array[] => {
  const bytes = Buffer.from(value);
  return [cborHead(3, bytes.length), bytes];
};
const int = (n: number): Uint8Array => (n >= 0 ? cborHead(0, n) : cborHead(1, -1 - n));

/** Adds a merged word's CBOR to `parts` and returns what it counts towards its chunk's size. */
function writeWord(parts: Uint8Array[], group: WordGroup): number {
  parts.push(cborHead(4, 3), ...text(group[0]?.word.word ?? ''));
  let size = writeRuns(
    parts,
    group.map((g) => [g.word.pages, g.offset]),
  );
  // Diacritic variants, merged by spelling in order of first appearance, as Pagefind merges pages.
  const variants = new Map<string, [PageRun, number][]>();
  for (const { word, offset } of group)
    for (const v of word.variants) variants.set(v.form, [...(variants.get(v.form) ?? []), [v.pages, offset]]);
  parts.push(cborHead(4, variants.size));
  for (const [form, runs] of variants) {
    parts.push(cborHead(4, 2), ...text(form));
    size += writeRuns(parts, runs);
  }
  return size + variants.size;
}

/** Adds a list of pages from consecutive shards: only each shard's first page number changes. */
function writeRuns(parts: Uint8Array[], runs: readonly [PageRun, number][]): number {
  const present = runs.filter(([run]) => run.count > 0);
  parts.push(
    cborHead(
      4,
      present.reduce((n, [run]) => n + run.count, 0),
    ),
  );
  let [previous, size] = [0, 0];
  for (const [run, offset] of present) {
    parts.push(cborHead(4, 3), int(offset + run.first - previous), run.bytes.subarray(run.start, run.end));
    previous = offset + run.last;
    size += run.size;
  }
  return size;
}

/**
 * Pagefind's chunk bounds: between neighbours, the shortest prefixes that still tell them apart (a chunk's `to` only
 * when that keeps it at or after its `from`).
 */
function trimChunkBounds(chunks: BundleMeta['chunks']): BundleMeta['chunks'] {
  for (let i = 0; i + 1 < chunks.length; i++) {
    const [a, b] = [chunks[i], chunks[i + 1]];
    if (!a || !b) continue;
    const [x, y] = [[...a.to], [...b.from]];
    let common = 0;
    while (common < x.length && common < y.length && x[common] === y[common]) common++;
    const to = x.slice(0, common + 1).join('');
    if (compareUtf8(to, a.from) >= 0) a.to = to;
    b.from = y.slice(0, common + 1).join('');
  }
  return chunks;
}
