// `node scripts/search-index.ts [dist]`: builds the Pagefind search index of the built site into <dist>/pagefind/, after
// `astro build`, in its own process (docs/decisions/009-build-steps-in-own-processes.md): one Pagefind run or shards
// merged (scripts/lib/search-index/README.md, docs/decisions/001-sharded-search-index.md), then compacted
// (docs/decisions/004-compact-pagefind-index.md).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFacetIndex } from '../src/lib/search/facet-index.ts';
import { defaultOptions, indexSite } from './lib/search-index/index-site.ts';

// Pagefind's own chunk size, in word positions: docs/decisions/007-index-chunk-sizes.md.
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '4000';

/** Largest served index chunk in bytes before compression, unless one word is larger: docs/decisions/007-index-chunk-sizes.md. */
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
