// Indexes a built site in shards and merges them (see README.md here): the pages in path order split into equal
// shards, a few indexed at a time by worker threads, each with its own Pagefind process, then merged into <site>/pagefind/.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { CompactOptions } from '../pagefind-format/compact.ts';
import { mergeBundles, type MergedPage, type MergeReport } from './merge-bundles.ts';
import { WorkerPool } from './worker-pool.ts';

/** Sites with fewer HTML files are indexed by one Pagefind run (docs/decisions/001-sharded-search-index.md). */
export const SINGLE_RUN_BELOW = 500;

export interface IndexOptions {
  /** Shards indexed at once, e.g. 2: one per core, as Pagefind parses pages on one. */
  concurrency: number;
  /** The most pages in a shard, e.g. 250 (docs/decisions/001-sharded-search-index.md). */
  maxShardPages: number;
  /** Index chunk size in word positions (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE), e.g. 4000. */
  chunkSize: number;
  /** Below this many pages, one Pagefind run indexes them all (one shard, one worker): sharding only pays above it. */
  singleRunBelow: number;
  /** Compact the index as it is written (scripts/lib/pagefind-format/compact.ts), e.g. `{ chunkBytes: 12000 }`. */
  compact?: CompactOptions | undefined;
}

/**
 * One per core, at most 4; shards of at most 250 pages; one run below SINGLE_RUN_BELOW pages (measured:
 * docs/decisions/001-sharded-search-index.md); Pagefind's chunk size unless set in the environment.
 */
export const defaultOptions = (): IndexOptions => ({
  concurrency: Math.min(4, availableParallelism()),
  maxShardPages: 250,
  singleRunBelow: Number(process.env['DGE_SINGLE_RUN_BELOW'] ?? SINGLE_RUN_BELOW),
  chunkSize: Number(process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ?? 20000),
});

/**
 * Writes the search index of `site` to `<site>/pagefind/` (replacing it) and returns the indexed pages in page order.
 * @example const { pages } = await indexSite('/repo/dist', defaultOptions()); // [{ id: 'en_7f1a2b3', url: '/about/', … }]
 */
export async function indexSite(site: string, options: IndexOptions): Promise<{ pages: MergedPage[]; report: MergeReport }> {
  const out = join(site, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const files = htmlFiles(site);
  // A small site in one run; otherwise at least two shards per worker, the same number for each and all the same size,
  // so the workers finish together.
  const single = files.length < options.singleRunBelow;
  const concurrency = single ? 1 : options.concurrency;
  const count = single
    ? 1
    : Math.ceil(Math.max(2 * concurrency, files.length / options.maxShardPages) / concurrency) * concurrency;
  const part = (i: number) => Math.floor((i * files.length) / count);
  const scratch = mkdtempSync(join(tmpdir(), 'pagefind-shards-'));
  const pool = new WorkerPool(concurrency);
  try {
    const jobs = Array.from({ length: count }, (_, i) => ({
      site,
      files: files.slice(part(i), part(i + 1)),
      out: join(scratch, `${i}`),
      wholeSite: single,
    }));
    const shards = (await pool.index(jobs)).map((shard, i) => ({ ...shard, dir: jobs[i]?.out ?? '' }));
    return await mergeBundles(shards, out, pool, options);
  } finally {
    await pool.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The site's HTML files, relative to it, in path order. */
function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)))
    .sort();
}
