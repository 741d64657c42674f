// Merges the shards' Pagefind bundles into one bundle: the pages numbered on from shard to shard, their fragments
// moved and named as Pagefind names them, the word index, filters and sort orders rebuilt for all pages (merge-words.ts,
// merge-sorts.ts), and the metadata and entry files written last.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeMeta, type BundleMeta } from '../pagefind-format/meta-file.ts';
import { encodeCbor } from '../pagefind-format/cbor.ts';
import { compareUtf8 } from '../pagefind-format/compare-utf8.ts';
import { mergeSorts } from './merge-sorts.ts';
import { mergeWords } from './merge-words.ts';
import { compactIndex, type CompactOptions } from '../pagefind-format/compact.ts';
import { fullHash, readPagefindFile, sha1Hex, shortName, type FileSink } from '../pagefind-format/files.ts';
import type { PagefindEntry } from '../pagefind-format/entry-file.ts';
import type { ShardResult } from './shard-worker.ts';

/** A shard's result and the folder its bundle was written to. */
export type WrittenShard = ShardResult & { dir: string };

/** One page of the merged index, e.g. `{ id: 'en_7f1a2b3', url: '/about/', title: 'About', filters: { type: ['page'] } }`. */
export interface MergedPage {
  /** Its fragment's name, which Pagefind's search results give as the page's id. */
  id: string;
  url: string;
  title: string;
  filters: Record<string, string[]>;
}

export interface MergeOptions {
  /** Index chunk size in word positions, as PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE. */
  chunkSize: number;
  /** Compact the index as it is written (scripts/lib/pagefind-format/compact.ts) rather than write Pagefind's own chunks. */
  compact?: CompactOptions | undefined;
}

/** What was written, for the build log: chunks as Pagefind cut them and as written, the metadata file's size. */
export interface MergeReport {
  language: string;
  pagefindChunks: number;
  chunks: number;
  metaBytes: number;
}

/** Writes the merged bundle to `out` and returns its pages in page-number order, named as written. */
export async function mergeBundles(
  all: readonly WrittenShard[],
  out: string,
  sink: FileSink,
  options: MergeOptions,
): Promise<{ pages: MergedPage[]; report: MergeReport }> {
  const shards = all.filter((s) => s.pages.length > 0);
  const first = shards[0];
  if (!first) throw new Error('no pages were indexed');
  const { language } = first;
  if (shards.some((s) => s.language !== language)) throw new Error('the shards were indexed in different languages');
  for (const dir of ['fragment', 'index', 'filter']) mkdirSync(join(out, dir), { recursive: true });

  const offsets = shards.map((_, i) => shards.slice(0, i).reduce((n, s) => n + s.pages.length, 0));
  const metaFields = [...new Set(shards.flatMap((s) => s.meta.metaFields))].sort(compareUtf8);
  const fieldMap = (s: WrittenShard) =>
    s.meta.metaFields.join() === metaFields.join() ? undefined : s.meta.metaFields.map((f) => metaFields.indexOf(f));
  const sources = shards.map((s, i) => ({ words: s.words, offset: offsets[i] ?? 0, fields: fieldMap(s) }));

  const pages = nameFragments(shards);
  const writeChunk = (name: string, payload: Uint8Array) => sink.write(join(out, 'index', `${name}.pf_index`), payload);
  const words = await mergeWords(sources, language, options.chunkSize, options.compact ? undefined : writeChunk);
  const meta: BundleMeta = {
    version: first.meta.version,
    pages: pages.map((p) => ({ hash: p.id, wordCount: p.wordCount, group: '' })),
    chunks: words.chunks,
    filters: await writeFilters(pages, language, out, sink),
    sorts: mergeSorts(shards),
    metaFields,
  };
  // Pagefind's metadata file, or the compacted one made from it.
  const pagefindMeta = encodeMeta(meta);
  const written = options.compact
    ? compactIndex(language, pagefindMeta, words.words, options.compact)
    : {
        chunks: [],
        pageNames: pages.map((p) => p.id),
        meta: { name: `${language}_${sha1Hex(pagefindMeta).slice(0, language.length + 8)}`, body: pagefindMeta },
      };
  for (const { name, body } of written.chunks) await writeChunk(name, body);
  const ids = written.pageNames;
  const metaName = written.meta.name;
  pages.forEach((page, i) => renameSync(page.from, join(out, 'fragment', `${ids[i]}.pf_fragment`)));
  await sink.write(join(out, `pagefind.${metaName}.pf_meta`), written.meta.body, 9);
  await sink.flush();
  writeEntry(first.dir, out, language, metaName, pages.length);
  return {
    pages: pages.map(({ url, title, filters }, i) => ({ id: ids[i] ?? '', url, title, filters })),
    report: {
      language,
      pagefindChunks: words.chunks.length,
      chunks: written.chunks.length || words.chunks.length,
      metaBytes: statSync(join(out, `pagefind.${metaName}.pf_meta`)).size,
    },
  };
}

/**
 * Names every page's fragment as Pagefind would among all pages: the shortest prefix of its full hash, from 7
 * characters, that no earlier page's fragment took. A shard's name is that already unless the shard had to lengthen
 * it or an earlier shard took it; only then is the fragment hashed here.
 */
function nameFragments(shards: readonly WrittenShard[]) {
  const names = new Set<string>();
  return shards.flatMap((s) =>
    s.pages.map((page, i) => {
      const from = join(s.dir, 'fragment', `${page.hash}.pf_fragment`);
      const shortest = page.hash.length === page.hash.lastIndexOf('_') + 8;
      const id =
        shortest && !names.has(page.hash)
          ? page.hash
          : shortName(fullHash(s.language, readPagefindFile(from)), 1, (n) => names.has(n));
      if (names.has(id)) throw new Error(`two pages have the same fragment, ${page.url} and another`);
      names.add(id);
      return { id, from, url: page.url, title: page.title, filters: page.filters, wordCount: s.meta.pages[i]?.wordCount ?? 0 };
    }),
  );
}

/** One file per filter, each value with its pages, both A–Z by UTF-8 bytes, as Pagefind writes them. */
async function writeFilters(pages: readonly MergedPage[], language: string, out: string, sink: FileSink) {
  const filters = new Map<string, Map<string, number[]>>();
  pages.forEach((page, n) => {
    for (const [name, values] of Object.entries(page.filters)) {
      const byValue = filters.get(name) ?? new Map<string, number[]>();
      filters.set(name, byValue);
      for (const value of values) {
        const numbers = byValue.get(value) ?? [];
        byValue.set(value, numbers);
        numbers.push(n);
      }
    }
  });
  const names = new Set<string>();
  const written: BundleMeta['filters'] = [];
  for (const name of [...filters.keys()].sort(compareUtf8)) {
    const values = [...(filters.get(name) ?? [])].sort(([a], [b]) => compareUtf8(a, b));
    const payload = encodeCbor([name, values.map(([value, numbers]) => [value, numbers])]);
    const hash = shortName(fullHash(language, payload), 2, (n) => names.has(n));
    names.add(hash);
    await sink.write(join(out, 'filter', `${hash}.pf_filter`), payload);
    written.push({ name, hash });
  }
  return written;
}

/** pagefind-entry.json for the merged index, and the files every bundle has (pagefind.js, WebAssembly, UIs), from a shard. */
function writeEntry(shardDir: string, out: string, language: string, hash: string, pageCount: number): void {
  const entry = JSON.parse(readFileSync(join(shardDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const lang = entry.languages[language];
  if (lang) Object.assign(lang, { hash, page_count: pageCount });
  writeFileSync(join(out, 'pagefind-entry.json'), JSON.stringify(entry));
  for (const name of readdirSync(shardDir))
    if (name !== 'pagefind-entry.json' && !name.endsWith('.pf_meta') && statSync(join(shardDir, name)).isFile())
      copyFileSync(join(shardDir, name), join(out, name));
}
