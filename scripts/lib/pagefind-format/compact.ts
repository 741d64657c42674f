// Rewrites the index Pagefind 1.6 wrote so a first search downloads less (why: docs/decisions/004-compact-pagefind-index.md):
// - chunks are cut again so that a word that does not fit the size limit starts a chunk of its own;
// - pages (fragment files) and chunks get short names in one namespace per build: `en_3fa9c21-1f`.
// Nothing else changes: the words, their postings, the pages' order, filters and sorts are copied byte for byte.
// The namespace is a hash of Pagefind's own metadata (itself made of content hashes), so any change to the index
// renames every file and a browser never reuses a stale one. Pagefind's file format is not a public API: an index
// from another Pagefind version is refused, and tests/unit/pagefind-format.test.ts checks this code on a real one.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CborReader, cborHead, decodeCbor, encodeCbor, type CborValue } from './cbor.ts';
import { compareUtf8 } from './compare-utf8.ts';
import { packPagefindFileSync, readPagefindFile } from './files.ts';
import { assertPagefindVersion } from './version.ts';

/** Changes whenever this code would write different files from the same index (part of the namespace hash). */
const COMPACTION = 'dge-compact-1';

export interface CompactOptions {
  /** Largest chunk, in bytes of CBOR before compression, unless one word alone is larger. E.g. 12000. */
  chunkBytes: number;
}

/** What changed in one language's index, for the build log. */
export interface CompactReport {
  language: string;
  pages: number;
  chunksBefore: number;
  chunksAfter: number;
  metaBytesBefore: number;
  metaBytesAfter: number;
}

type LanguageEntry = { hash: string; wasm?: string; page_count: number };
type Page = [hash: string, wordCount: number, group: string];
type Chunk = [from: string, to: string, hash: string];
/** One word's whole entry in a chunk, as Pagefind encoded it. */
export type WordEntry = { word: string; bytes: Uint8Array };

const fail = (file: string, problem: string): never => {
  throw new Error(`${file}: ${problem} (see scripts/lib/pagefind-format/UPGRADING.md)`);
};

/** Chunks at gzip level 6 (see files.ts); the metadata, loaded by every first search, at 9. */
const writePagefindFile = (file: string, cbor: Uint8Array, level = 6): void =>
  writeFileSync(file, packPagefindFileSync(cbor, level));

const hash = (...parts: (string | Uint8Array)[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};

const isPage = (p: CborValue): p is Page =>
  Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'number' && p[2] === '';
const isChunk = (c: CborValue): c is Chunk => Array.isArray(c) && c.length === 3 && c.every((s) => typeof s === 'string');

/** Every word entry of one chunk file, in order, as slices of its bytes. */
function readChunk(file: string): WordEntry[] {
  const reader = new CborReader(readPagefindFile(file));
  if (reader.array() !== 1) fail(file, 'an index chunk should be one array of words');
  return Array.from({ length: reader.array() }, () => {
    const start = reader.at;
    const fields = reader.array();
    const word = reader.value();
    if (typeof word !== 'string' || fields < 2) fail(file, `unexpected word entry at byte ${start}`);
    for (let i = 1; i < fields; i++) reader.skip();
    return { word: word as string, bytes: reader.bytes.subarray(start, reader.at) };
  });
}

/** A chunk to write: its words and the key the search looks it up by (`from` in Pagefind's chunk list). */
export interface ChunkPlan {
  from: string;
  words: WordEntry[];
}

const prefix = (word: string, depth: number): string => Array.from(word).slice(0, depth).join('');
const sizeOf = (words: readonly WordEntry[]): number => words.reduce((n, w) => n + w.bytes.length, 0);

/**
 * Cuts sorted word entries into chunks of at most `limit` bytes (a word larger than that alone), at the shortest
 * shared prefix that fits: all words starting "dro" share a chunk whose key is "dro" when they fit in one, so
 * "dro", "drou" … "drought" typed one key at a time load the same file. Pagefind loads, per query word, the chunk
 * whose range holds it.
 * @example cutChunks(words, 12000) // [{ from: '0', words: […] }, …, { from: 'dro', words: [drop, drought, …] }, …]
 */
export function cutChunks(words: readonly WordEntry[], limit: number, depth = 1): ChunkPlan[] {
  const chunks: ChunkPlan[] = [];
  let current: ChunkPlan | undefined;
  let size = 0;
  const close = () => {
    if (current) chunks.push(current);
    [current, size] = [undefined, 0];
  };
  for (let i = 0; i < words.length;) {
    const key = prefix(words[i]?.word ?? '', depth);
    let j = i + 1;
    while (j < words.length && prefix(words[j]?.word ?? '', depth) === key) j++;
    const group = words.slice(i, j);
    const bytes = sizeOf(group);
    if (bytes > limit) {
      // Too big for one chunk: a lone word gets its own; a group is cut at the next letter, its first part keyed here.
      close();
      const parts = group.length > 1 ? cutChunks(group, limit, depth + 1) : [{ from: key, words: group }];
      if (parts[0]) parts[0].from = key;
      // The last part stays open: the next groups may fill it up.
      current = parts.pop();
      size = current ? sizeOf(current.words) : 0;
      chunks.push(...parts);
    } else {
      if (current && size + bytes > limit) close();
      if (current) current.words.push(...group);
      else current = { from: key, words: [...group] };
      size += bytes;
    }
    i = j;
  }
  close();
  return chunks;
}

const codePoints = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);

/**
 * The shortest key that closes a chunk ending with `last` before the next chunk's key: Pagefind looks a query word
 * up by `from <= word <= to`, so any string in between serves, and a short one makes the chunk list smaller.
 * @example rangeEnd('drywall', 'dub') // 'ds'
 */
export function rangeEnd(last: string, next: string | undefined): string {
  if (next === undefined) return last;
  const cps = codePoints(last);
  for (let length = 1; length < cps.length; length++) {
    const bumped = (cps[length - 1] ?? 0) + 1;
    if ((bumped >= 0xd800 && bumped <= 0xdfff) || bumped > 0x10ffff) continue;
    const end = String.fromCodePoint(...cps.slice(0, length - 1), bumped);
    if (compareUtf8(end, next) < 0) return end;
  }
  return last;
}

/** What compaction writes for one language: the chunk files, each page's new fragment name, the metadata file. */
export interface CompactedIndex {
  chunks: { name: string; body: Uint8Array }[];
  /** In page order, e.g. `['en_3fa9c21-0', 'en_3fa9c21-1', …]`. */
  pageNames: string[];
  meta: { name: string; body: Uint8Array };
}

/**
 * Compacts one language's index from Pagefind's metadata (CBOR) and all its word entries A–Z, without touching
 * files: compactBundle reads them from a written bundle, scripts/lib/search-index/ passes them as it merges shards.
 * `source` names the metadata in errors.
 * @example compactIndex('en', metaCbor, words, { chunkBytes: 12000 }, 'dist/pagefind/pagefind.en_1a2b.pf_meta')
 */
export function compactIndex(
  language: string,
  metaCbor: Uint8Array,
  words: readonly WordEntry[],
  options: CompactOptions,
  source = `the ${language} metadata`,
): CompactedIndex {
  const meta = decodeCbor(metaCbor);
  if (!Array.isArray(meta)) fail(source, 'unexpected metadata');
  assertPagefindVersion((meta as CborValue[])[0], source);
  const [version, pages, chunks, ...rest] = meta as CborValue[];
  if (!Array.isArray(pages) || !pages.every(isPage)) fail(source, 'unexpected page list (fragment groups?)');
  if (!Array.isArray(chunks) || !chunks.every(isChunk)) fail(source, 'unexpected chunk list');
  for (let i = 1; i < words.length; i++)
    if (compareUtf8(words[i - 1]?.word ?? '', words[i]?.word ?? '') >= 0)
      fail(source, `words out of order across chunks at "${words[i]?.word}"`);

  const namespace = `${language}_${hash(COMPACTION, String(options.chunkBytes), metaCbor).slice(0, 7)}`;
  const name = (i: number) => `${namespace}-${i.toString(36)}`;
  const plan = cutChunks(words, options.chunkBytes);
  const newChunks = plan.map(({ from, words: group }, i): Chunk => {
    const last = group.at(-1)?.word ?? from;
    return [from, rangeEnd(last, plan[i + 1]?.from), name(i)];
  });
  const newPages = (pages as Page[]).map(([, wordCount, group], i): Page => [name(i), wordCount, group]);
  const newMeta = encodeCbor([version as string, newPages, newChunks, ...rest]);
  return {
    chunks: plan.map(({ words: group }, i) => ({
      name: name(i),
      body: Buffer.concat([cborHead(4, 1), cborHead(4, group.length), ...group.map((w) => w.bytes)]),
    })),
    pageNames: newPages.map(([pageName]) => pageName),
    meta: { name: `${language}_${hash(newMeta).slice(0, 10)}`, body: newMeta },
  };
}

function compactLanguage(bundle: string, language: string, entry: LanguageEntry, options: CompactOptions): CompactReport {
  const metaFile = join(bundle, `pagefind.${entry.hash}.pf_meta`);
  const metaBytesBefore = readFileSync(metaFile).length;
  const metaCbor = readPagefindFile(metaFile);
  const [, pages, chunks] = decodeCbor(metaCbor) as [string, Page[], Chunk[]];
  if (!Array.isArray(pages) || !Array.isArray(chunks)) fail(metaFile, 'unexpected metadata');
  const words = chunks.map(([, , h]) => readChunk(join(bundle, 'index', `${h}.pf_index`))).flat();
  const compacted = compactIndex(language, metaCbor, words, options, metaFile);

  for (const { name, body } of compacted.chunks) writePagefindFile(join(bundle, 'index', `${name}.pf_index`), body);
  for (const [, , h] of chunks) rmSync(join(bundle, 'index', `${h}.pf_index`));
  pages.forEach(([h], i) =>
    renameSync(join(bundle, 'fragment', `${h}.pf_fragment`), join(bundle, 'fragment', `${compacted.pageNames[i]}.pf_fragment`)),
  );
  const newMetaFile = join(bundle, `pagefind.${compacted.meta.name}.pf_meta`);
  writePagefindFile(newMetaFile, compacted.meta.body, 9);
  rmSync(metaFile);
  entry.hash = compacted.meta.name;
  const metaBytesAfter = readFileSync(newMetaFile).length;
  return {
    language,
    pages: pages.length,
    chunksBefore: chunks.length,
    chunksAfter: compacted.chunks.length,
    metaBytesBefore,
    metaBytesAfter,
  };
}

/**
 * Compacts every language of the Pagefind bundle in `bundle` (e.g. dist/pagefind) in place.
 * @example compactBundle('dist/pagefind', { chunkBytes: 12000 }) // [{ language: 'en', chunksBefore: 333, chunksAfter: 482, … }]
 */
export function compactBundle(bundle: string, options: CompactOptions): CompactReport[] {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version?: string; languages?: Record<string, LanguageEntry> };
  assertPagefindVersion(entry.version, entryFile);
  const reports = Object.entries(entry.languages ?? {}).map(([language, info]) =>
    compactLanguage(bundle, language, info, options),
  );
  writeFileSync(entryFile, JSON.stringify(entry));
  return reports;
}
