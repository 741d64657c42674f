// `node scripts/search-index.ts [dist]`: builds the Pagefind search index of the built site into <dist>/pagefind/.
// `npm run build` runs it after `astro build`, in its own process: Astro's memory is freed before Pagefind takes
// its own, so the build's peak is the larger of the two rather than their sum (1,000 case studies: about 950 MB and
// 415 MB; in one process 1.4 GB).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { buildFacetIndex, type IndexedPage } from '../src/lib/search/facet-index.ts';
import { compactBundle } from './lib/pagefind-compact.ts';

// Index chunks of about 4,000 word positions instead of Pagefind's 20,000: a word's chunk is then about 9 KB instead
// of 30 KB (1,000 case studies), which is most of what a query downloads after Pagefind's code. An unstable Pagefind
// setting (read by its binary from the environment): check it on Pagefind upgrades with `npm run bench:search`.
process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '4000';

/** Index chunks of at most this many bytes before compression (one word alone may be larger): `npm run bench:search`. */
const CHUNK_BYTES = Number(process.env['DGE_CHUNK_BYTES'] ?? 12_000);

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const fail = (step: string, errors: readonly string[]): never => {
  console.error(`search index: could not ${step}: ${errors.join('; ') || 'no pages found'}`);
  process.exit(1);
};
const { index, errors } = await createIndex({});
if (!index) fail('start Pagefind', errors);
else {
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0 || added.page_count === 0) fail(`index ${site}`, added.errors);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) fail('write the index', written.errors);
  await close();
  // Chunks cut again so a rare word never rides with a common one, short file names (scripts/lib/pagefind-compact.ts).
  for (const r of compactBundle(join(site, 'pagefind'), { chunkBytes: CHUNK_BYTES }))
    console.log(
      `search index: ${r.language}: ${r.chunksBefore} → ${r.chunksAfter} chunks, metadata ${r.metaBytesBefore} → ${r.metaBytesAfter} bytes`,
    );
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  writeFacetIndex(join(site, 'pagefind'));
  console.log(`search index: ${pages} pages indexed in ${Math.round(performance.now() - started)} ms`);
}

/** Writes facets.json beside the index: every page's facets as Pagefind stored them in its fragment (src/lib/search/facet-index.ts). */
function writeFacetIndex(bundle: string): void {
  const fragments = join(bundle, 'fragment');
  const pages: IndexedPage[] = readdirSync(fragments).map((file) => {
    // A fragment is gzip-compressed "pagefind_dcd" followed by the page's JSON.
    const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
    const data = JSON.parse(text.slice(text.indexOf('{'))) as { meta: { title?: string }; filters: IndexedPage['filters'] };
    return { id: file.replace(/\.pf_fragment$/, ''), title: data.meta.title ?? '', filters: data.filters };
  });
  writeFileSync(join(bundle, 'facets.json'), JSON.stringify(buildFacetIndex(pages)));
}
