// A worker thread that indexes one shard of the site with its own Pagefind process (the Node API starts one per
// thread), writes that shard's bundle to a folder and reports what the merge needs: the bundle's metadata and, per page,
// its fragment's name, URL, title, filters and sort values.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import { decodeMeta, type BundleMeta } from '../pagefind-format/meta-file.ts';
import { readFragmentSummary, type FragmentSummary } from './fragment-summary.ts';
import { hasBody } from './html-attributes.ts';
import type { PagefindEntry } from '../pagefind-format/entry-file.ts';
import { packPagefindFileSync, readPagefindFile } from '../pagefind-format/files.ts';
import { globOf, pagefindUrl } from '../pagefind-format/paths.ts';
import { sortValues } from './sort-values.ts';
import { readShardWords } from './word-stream.ts';
import { owned } from './owned-bytes.ts';

/** What the worker is given, e.g. `{ site: '/repo/dist', files: ['about/index.html'], out: '/tmp/pagefind-shards/0' }`. */
export interface ShardJob {
  site: string;
  files: readonly string[];
  out: string;
  /** The shard is every HTML file of the site: Pagefind walks it with its own glob (a glob listing 5,000 files fails to parse). */
  wholeSite?: boolean;
}

/** One indexed page, e.g. `{ hash: 'en_7f1a2b3', url: '/about/', title: 'About', filters: {…}, sort: { date: '2024-05-01' } }`. */
export interface ShardPage extends FragmentSummary {
  /** The shard's name for the page's fragment. */
  hash: string;
  sort: Record<string, string>;
}

export interface ShardResult {
  language: string;
  meta: BundleMeta;
  pages: ShardPage[];
  /** The shard's index chunks, decompressed here rather than on the main thread (word-stream.ts). */
  words: Uint8Array;
}

// Jobs from worker-pool.ts: index a shard, or compress and write one file of the merged index.
parentPort?.on(
  'message',
  (
    message: { id: number } & (
      { kind: 'index'; job: ShardJob } | { kind: 'pack'; path: string; payload: Uint8Array; level: number }
    ),
  ) => {
    const work = message.kind === 'index' ? indexShard(message.job) : pack(message.path, message.payload, message.level);
    work.then(
      (result) => parentPort?.postMessage({ id: message.id, result }, result ? [result.words.buffer as ArrayBuffer] : []),
      (error: unknown) =>
        parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
  },
);

async function pack(path: string, payload: Uint8Array, level: number): Promise<undefined> {
  writeFileSync(path, packPagefindFileSync(payload, level));
  return undefined;
}

async function indexShard(job: ShardJob): Promise<ShardResult> {
  const fail = (step: string, errors: readonly string[]): never => {
    throw new Error(`could not ${step}: ${errors.join('; ') || 'no reason given'}`);
  };
  // Each page is read here too, for its sort values; Pagefind reads it again, which costs less than sending it.
  const sorts = new Map<string, Record<string, string>>();
  const pages: string[] = [];
  for (const file of job.files) {
    const html = readFileSync(join(job.site, file));
    // Pagefind leaves out pages without data-pagefind-body once any page has one, which a shard cannot know alone.
    if (!hasBody(html)) continue;
    pages.push(file);
    sorts.set(pagefindUrl(file), sortValues(html, file));
  }
  if (pages.length === 0) return { language: '', meta: emptyMeta(''), pages: [], words: new Uint8Array() };
  try {
    const { index, errors } = await createIndex({});
    if (!index) return fail('start Pagefind', errors);
    const added = await index.addDirectory(job.wholeSite ? { path: job.site } : { path: job.site, glob: globOf(pages) });
    // Walking the whole site, Pagefind counts every HTML file it read, with data-pagefind-body or not.
    if (added.errors.length > 0 || added.page_count !== (job.wholeSite ? job.files.length : pages.length))
      fail(`index ${pages.length} pages from ${pages[0]} (found ${added.page_count})`, added.errors);
    const written = await index.writeFiles({ outputPath: job.out });
    if (written.errors.length > 0) fail('write the index', written.errors);
  } finally {
    // A new Pagefind process for each shard: the memory of the last one is given back.
    await close();
  }
  return readShard(job.out, sorts);
}

const emptyMeta = (version: string): BundleMeta => ({ version, pages: [], chunks: [], filters: [], sorts: [], metaFields: [] });

/** The shard's metadata and its pages as Pagefind stored them (a site in more than one language is not sharded). */
function readShard(out: string, sorts: ReadonlyMap<string, Record<string, string>>): ShardResult {
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const languages = Object.entries(entry.languages);
  const [language, { hash }] = languages[0] ?? ['', { hash: '' }];
  if (languages.length === 0) return { language, meta: emptyMeta(entry.version), pages: [], words: new Uint8Array() };
  if (languages.length > 1) throw new Error(`a shard has pages in ${languages.length} languages: not supported`);
  const meta = decodeMeta(readPagefindFile(join(out, `pagefind.${hash}.pf_meta`)));
  const pages = meta.pages.map(({ hash }): ShardPage => {
    const page = readFragmentSummary(out, hash);
    return { hash, ...page, sort: sorts.get(page.url) ?? {} };
  });
  return { language, meta, pages, words: owned(readShardWords(out, meta)) };
}
