// `node scripts/search-index.ts [dist]`: builds the Pagefind search index of the built site into <dist>/pagefind/.
// `npm run build` runs it after `astro build`, in its own process: Astro's memory is freed before Pagefind takes
// its own, so the build's peak is the larger of the two rather than their sum.
//
// The pages are indexed in shards, two or more at a time, each by its own Pagefind process, and merged into the one
// bundle Pagefind would have written for all of them (scripts/lib/search-index/README.md): one Pagefind run over
// 10,000 case studies takes 4.2 GB and one core. The merge writes the index compacted (scripts/lib/pagefind-format/compact.ts).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFacetIndex } from '../src/lib/search/facet-index.ts';
import { defaultOptions, indexSite } from './lib/search-index/index-site.ts';

// Pagefind's own chunking (an unstable setting its binary reads from the environment) no longer decides what is
// served: the merge cuts the chunks again. Kept at 4,000 word positions, as the shards were measured with.
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '4000';

/**
 * Index chunks of at most this many bytes before compression (one word alone may be larger). Measured with
 * `npm run bench:search` at 1,000 case studies: 6,000 → first queries 97 / 117 / 120 KB and second queries 7 / 26 /
 * 29 KB; 12,000 → 95 / 118 / 121 KB and 8 / 31 / 34 KB (smaller chunks, a longer chunk list in the metadata).
 */
const CHUNK_BYTES = Number(process.env['DGE_CHUNK_BYTES'] ?? 6_000);

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
try {
  const { pages, report: r } = await indexSite(site, { ...defaultOptions(), compact: { chunkBytes: CHUNK_BYTES } });
  console.log(`search index: ${r.language}: ${r.pagefindChunks} → ${r.chunks} chunks, metadata ${r.metaBytes} bytes`);
  // facets.json: every page's facets as Pagefind stored them in its fragment (src/lib/search/facet-index.ts).
  writeFileSync(join(site, 'pagefind', 'facets.json'), JSON.stringify(buildFacetIndex(pages)));
  console.log(`search index: ${pages.length} pages indexed in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`search index: could not index ${site}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
