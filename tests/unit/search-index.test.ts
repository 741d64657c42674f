// The sharded search index (scripts/lib/search-index/): indexed in shards and merged, it is the index one Pagefind run
// over the same pages writes, file for file; and the few things read from the pages' HTML are read right.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactBundle } from '../../scripts/lib/pagefind-format/compact.ts';
import { compareUtf8 } from '../../scripts/lib/pagefind-format/compare-utf8.ts';
import { hasBody } from '../../scripts/lib/search-index/html-attributes.ts';
import { indexSite } from '../../scripts/lib/search-index/index-site.ts';
import type { MergedPage } from '../../scripts/lib/search-index/merge-bundles.ts';
import { sortValues } from '../../scripts/lib/search-index/sort-values.ts';
import { globOf, pagefindUrl } from '../../scripts/lib/pagefind-format/paths.ts';

const countries = ['Estonia', 'Kenya', 'Perú', 'Viet Nam'];
const words = ['borehole', 'drought', 'early-warning', 'savings', 'cooperative', 'café', 'cafe', 'naïve', 'registry'];

/** A small site that uses what the real one does: filters, metadata, a date to sort by, sections with ids, weights. */
function page(n: number): string {
  const text = Array.from({ length: 40 + n }, (_, i) => words[(i * (n + 3)) % words.length]).join(' ');
  // The last pages have no country: their shards number the metadata fields differently.
  const country = n < 20 ? `<data value="${countries[n % 4]}" data-pagefind-meta="country[value]"></data>` : '';
  return `<!DOCTYPE html><html lang="en"><head><title>Page ${n}</title></head><body>
    <header data-pagefind-ignore="all"><a href="/">Home</a></header>
    <main><article data-pagefind-body>
      <h1>Case ${n}: ${words[n % words.length]} in ${countries[n % 4]}</h1>
      <data value="case-study" data-pagefind-filter="type[value]"></data>
      <data value="theme-${n % 3}" data-pagefind-filter="theme[value]"></data>
      <data value="theme-${(n + 1) % 3}" data-pagefind-filter="theme[value]"></data>
      ${country}
      <data value="Summary &amp; more ${n}" data-pagefind-meta="summary[value]"></data>
      <data value="20${10 + (n % 7)}-0${1 + (n % 9)}-01" data-pagefind-sort="date[value]"></data>
      <p>${text}</p>
      <h2 id="lessons">Lessons</h2><p>${text.split(' ').reverse().join(' ')}</p>
      <section data-pagefind-weight="0.5"><h2 id="sources">Sources</h2><p>Report ${n}, ${words[n % 5]}.</p></section>
    </article></main></body></html>`;
}

let site = '';
const bundles = { merged: '', compacted: '', reference: '', referenceCompacted: '' };
let pages: MergedPage[] = [];
let compactedPages: MergedPage[] = [];

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'search-index-test-'));
  // One folder name with characters that are special in globs and URLs.
  const folder = (n: number) => (n === 26 ? 'case 26 (draft), v{2}' : `case-${n}`);
  for (let n = 0; n < 27; n++) {
    mkdirSync(join(site, 'cases', folder(n)), { recursive: true });
    writeFileSync(join(site, 'cases', folder(n), 'index.html'), page(n));
  }
  writeFileSync(
    join(site, 'index.html'),
    '<html lang="en"><body><h1>Home</h1><p>Not indexed: no data-pagefind-body.</p></body></html>',
  );
  const options = { concurrency: 2, maxShardPages: 4, singleRunBelow: 0, chunkSize: 60 };
  pages = (await indexSite(site, options)).pages;
  bundles.merged = join(site, 'merged');
  renameSync(join(site, 'pagefind'), bundles.merged);
  compactedPages = (await indexSite(site, { ...options, compact: { chunkBytes: 200 } })).pages;
  bundles.compacted = join(site, 'pagefind');
  // The reference: one Pagefind index of the same pages, added in the order the merged index numbered them.
  const reference = join(site, 'reference');
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = '60';
  const { index } = await createIndex({});
  for (const p of pages) {
    const sourcePath = `${decodeURIComponent(p.url.slice(1))}index.html`;
    await index?.addHTMLFile({ sourcePath, content: readFileSync(join(site, sourcePath), 'utf8') });
  }
  await index?.writeFiles({ outputPath: reference });
  await close();
  delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  bundles.reference = reference;
  bundles.referenceCompacted = join(site, 'reference-compacted');
  cpSync(reference, bundles.referenceCompacted, { recursive: true });
  compactBundle(bundles.referenceCompacted, { chunkBytes: 200 });
}, 60_000);

afterAll(() => rmSync(site, { recursive: true, force: true }));

/** A bundle's files with their contents, decompressed. */
function bundle(dir: string, sub = ''): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(dir, sub)).flatMap((name) => {
      const path = join(dir, sub, name);
      if (statSync(path).isDirectory()) return Object.entries(bundle(dir, join(sub, name)));
      const bytes = readFileSync(path);
      return [[join(sub, name), (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('base64')]];
    }),
  );
}

describe('the sharded search index', () => {
  it('indexes every page with data-pagefind-body, and only those', () => {
    expect(pages).toHaveLength(27);
    expect(pages.map((p) => p.url)).not.toContain('/');
    expect(pages.map((p) => p.url)).toContain('/cases/case%2026%20(draft),%20v%7B2%7D/');
  });

  it.each([
    ['merged', 'reference'],
    ['compacted', 'referenceCompacted'],
  ] as const)('is, %s, the index one Pagefind run over the same pages writes (then %s), file for file', (ours, theirs) => {
    const [merged, single] = [bundle(bundles[ours]), bundle(bundles[theirs])];
    expect(Object.keys(merged).sort()).toEqual(Object.keys(single).sort());
    for (const [name, content] of Object.entries(single)) expect(merged[name], name).toBe(content);
  });

  it('gives each page the name of its fragment in the bundle written', () => {
    expect(compactedPages.map((p) => p.url)).toEqual(pages.map((p) => p.url));
    for (const p of compactedPages) expect(readdirSync(join(bundles.compacted, 'fragment'))).toContain(`${p.id}.pf_fragment`);
  });

  it('cut the words into several chunks', () => expect(readdirSync(join(bundles.merged, 'index')).length).toBeGreaterThan(3));
});

describe('reading the pages', () => {
  it('finds data-pagefind-body as an attribute, not as text about it', () => {
    expect(hasBody(Buffer.from('<main><article class="x" data-pagefind-body>'))).toBe(true);
    expect(hasBody(Buffer.from('<div data-pagefind-body="">'))).toBe(true);
    expect(hasBody(Buffer.from('<p>Add &lt;div data-pagefind-body&gt; to your page</p>'))).toBe(false);
    expect(hasBody(Buffer.from('<div data-pagefind-body-x>'))).toBe(false);
  });

  it('reads a sort value from the attribute data-pagefind-sort names', () =>
    expect(sortValues(Buffer.from('<data value="2024-05-01" data-pagefind-sort="date[value]"></data>'), 'a.html')).toEqual({
      date: '2024-05-01',
    }));

  it('refuses the sort forms it cannot read rather than guess', () =>
    expect(() => sortValues(Buffer.from('<time data-pagefind-sort="date">1 May</time>'), 'a.html')).toThrow(/key\[attribute\]/));

  it('gives a file the URL Pagefind gives it', () => {
    expect(pagefindUrl('index.html')).toBe('/');
    expect(pagefindUrl('case-studies/x-road/index.html')).toBe('/case-studies/x-road/');
    expect(pagefindUrl('data/a b#1.html')).toBe('/data/a%20b%231.html');
    expect(pagefindUrl('pays/côte/index.html')).toBe('/pays/c%C3%B4te/');
  });

  it("lists a shard's files in one glob under their common folder, special characters escaped", () =>
    expect(globOf(['a/b/x/index.html', 'a/b/y,{z}/index.html'])).toBe('a/b/{x/index.html,y\\,\\{z\\}/index.html}'));

  it('orders words as Pagefind does, by their UTF-8 bytes', () =>
    expect(['\u{1F600}', '\uFB01', 'é', 'b', 'a'].sort(compareUtf8)).toEqual(['a', 'b', 'é', '\uFB01', '\u{1F600}']));
});
