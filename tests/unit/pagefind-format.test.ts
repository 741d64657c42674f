// scripts/lib/pagefind-format/ on an index Pagefind itself writes for a small generated site, compacted by the function
// the build calls (indexSite with `compact`, as scripts/search-index.ts does): what a search can find must be exactly
// what one plain Pagefind run wrote, only cut and named differently. The browser tests then search the real site's
// compacted index (e2e/search.spec.ts).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { CborReader, decodeCbor, encodeCbor, type CborValue } from '../../scripts/lib/pagefind-format/cbor.ts';
import { compactIndex, cutChunks, rangeEnd } from '../../scripts/lib/pagefind-format/compact.ts';
import { readPagefindFile } from '../../scripts/lib/pagefind-format/files.ts';
import { PAGEFIND_VERSION } from '../../scripts/lib/pagefind-format/version.ts';
import { defaultOptions, indexSite } from '../../scripts/lib/search-index/index-site.ts';

const root = mkdtempSync(join(tmpdir(), 'dge-compact-'));
const words = ['borehole', 'drought', 'early', 'warning', 'women', 'savings', 'group', 'water', 'was', 'warden'];
const entry = (bundle: string) =>
  JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    version: string;
    languages: Record<string, { hash: string }>;
  };
const unwrap = (file: string) => gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length);
const meta = (bundle: string) => {
  const hash = entry(bundle).languages['en']?.hash ?? '';
  return decodeCbor(unwrap(join(bundle, `pagefind.${hash}.pf_meta`))) as [
    string,
    [string, number, string][],
    string[][],
    ...CborValue[],
  ];
};
/** Every word's entry in the index, as hex of its bytes, and which chunk file holds it. */
function postings(bundle: string): Map<string, { hex: string; chunk: string }> {
  const out = new Map<string, { hex: string; chunk: string }>();
  for (const [, , chunk] of meta(bundle)[2]) {
    const reader = new CborReader(unwrap(join(bundle, 'index', `${chunk}.pf_index`)));
    reader.array();
    for (let n = reader.array(); n > 0; n--) {
      const start = reader.at;
      const fields = reader.array();
      const word = reader.value() as string;
      for (let i = 1; i < fields; i++) reader.skip();
      out.set(word, { hex: Buffer.from(reader.bytes.subarray(start, reader.at)).toString('hex'), chunk: chunk ?? '' });
    }
  }
  return out;
}

let original = '';
let compacted = '';
let again = '';
let other = '';
beforeAll(async () => {
  // 40 pages: "was" on every page many times (a big entry), the rest in varying numbers, with filters, a sort and
  // headings that Pagefind turns into sub-results.
  const site = join(root, 'site');
  for (let p = 0; p < 40; p++) {
    const text = Array.from({ length: 60 }, (_, i) => words[(p * 7 + i * ((p % 5) + 1)) % words.length]).join(' ');
    mkdirSync(join(site, `page-${p}`), { recursive: true });
    writeFileSync(
      join(site, `page-${p}`, 'index.html'),
      `<!doctype html><html lang="en"><head><title>Page ${p}</title></head><body><main data-pagefind-body>` +
        `<h1>Page ${p} word${p}</h1><span data-pagefind-filter="theme">t${p % 3}</span>` +
        `<data value="20${10 + (p % 15)}-01-01" data-pagefind-sort="date[value]"></data>` +
        `<p>${'was '.repeat(30)}${text}</p><h2 id="more-${p}">More</h2><p>${text} unique${p}</p></main></body></html>`,
    );
  }
  // The build's path for a site this size: one Pagefind run, compacted as it is written.
  const compact = (chunkBytes: number) => indexSite(site, { ...defaultOptions(), chunkSize: 300, compact: { chunkBytes } });
  const { pages } = await compact(400);
  compacted = join(root, 'compacted');
  cpSync(join(site, 'pagefind'), compacted, { recursive: true });
  // The reference: one plain Pagefind run over the same pages, added in the order the build numbered them.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = '300';
  const { index } = await createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  for (const p of pages) {
    const sourcePath = `${p.url.slice(1)}index.html`;
    await index.addHTMLFile({ sourcePath, content: readFileSync(join(site, sourcePath), 'utf8') });
  }
  original = join(root, 'original');
  await index.writeFiles({ outputPath: original });
  await close();
  delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  await compact(400);
  again = join(root, 'again');
  cpSync(join(site, 'pagefind'), again, { recursive: true });
  await compact(800);
  other = join(root, 'other');
  cpSync(join(site, 'pagefind'), other, { recursive: true });
}, 60_000);

describe('compacting a Pagefind index', () => {
  it('re-encodes what Pagefind wrote byte for byte (the CBOR reader and writer agree with it)', () => {
    const hash = entry(original).languages['en']?.hash ?? '';
    const bytes = unwrap(join(original, `pagefind.${hash}.pf_meta`));
    expect(Buffer.from(encodeCbor(decodeCbor(bytes))).equals(bytes)).toBe(true);
  });

  it('keeps every word with exactly the postings Pagefind wrote', () => {
    const before = postings(original);
    const after = postings(compacted);
    expect(before.size).toBeGreaterThan(20);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [word, { hex }] of before) expect(after.get(word)?.hex, word).toBe(hex);
  });

  it('keeps the pages in order, each with its own fragment under a short name', () => {
    const [, before] = meta(original);
    const [, after] = meta(compacted);
    expect(after.map((p) => p[1])).toEqual(before.map((p) => p[1]));
    after.forEach(([name], i) => {
      expect(name).toMatch(/^en_[0-9a-f]{7}-[0-9a-z]+$/);
      const old = readFileSync(join(original, 'fragment', `${before[i]?.[0]}.pf_fragment`));
      expect(readFileSync(join(compacted, 'fragment', `${name}.pf_fragment`)).equals(old)).toBe(true);
    });
  });

  it('copies filters, sorts and metadata fields unchanged', () => {
    expect(meta(compacted).slice(3)).toEqual(meta(original).slice(3));
    expect(readdirSync(join(compacted, 'filter'))).toEqual(readdirSync(join(original, 'filter')));
  });

  it('gives a common word a chunk of its own instead of sharing one with rare words', () => {
    const after = postings(compacted);
    const was = after.get('was')?.chunk;
    expect([...after.values()].filter((p) => p.chunk === was)).toHaveLength(1);
    const warden = after.get('warden')?.chunk;
    expect(warden).not.toBe(was);
    expect(readFileSync(join(compacted, 'index', `${warden}.pf_index`)).length).toBeLessThan(
      readFileSync(join(compacted, 'index', `${was}.pf_index`)).length,
    );
  });

  it('lists chunk ranges in order, without overlap, each holding exactly its words', () => {
    const chunks = meta(compacted)[2];
    const after = postings(compacted);
    const cmp = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    chunks.forEach(([from = '', to = '', name], i) => {
      expect(cmp(from, to), name).toBeLessThanOrEqual(0);
      if (i > 0) expect(cmp(chunks[i - 1]?.[1] ?? '', from), name).toBeLessThan(0);
      for (const [word, p] of after)
        if (p.chunk === name) expect(cmp(from, word) <= 0 && cmp(word, to) <= 0, `${word} in ${name}`).toBe(true);
    });
  });

  it('leaves no file the index does not name, and names no missing file', () => {
    const [, pages, chunks] = meta(compacted);
    expect(readdirSync(join(compacted, 'index')).sort()).toEqual(chunks.map((c) => `${c[2]}.pf_index`).sort());
    expect(readdirSync(join(compacted, 'fragment')).sort()).toEqual(pages.map((p) => `${p[0]}.pf_fragment`).sort());
    expect(readdirSync(compacted).filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
  });

  it('writes the same files from the same index, and new names when the index changes', () => {
    expect(entry(again).languages['en']?.hash).toBe(entry(compacted).languages['en']?.hash);
    expect(meta(other)[1][0]?.[0]).not.toBe(meta(compacted)[1][0]?.[0]);
  });

  it('refuses an index from another Pagefind version, naming the file and what to read', () => {
    expect(entry(original).version).toBe(PAGEFIND_VERSION);
    const hash = entry(original).languages['en']?.hash ?? '';
    const [, ...rest] = decodeCbor(readPagefindFile(join(original, `pagefind.${hash}.pf_meta`))) as CborValue[];
    const future = encodeCbor(['9.9.9', ...rest]);
    expect(() => compactIndex('en', future, [], { chunkBytes: 400 }, 'pagefind.en_1.pf_meta')).toThrow(
      /pagefind\.en_1\.pf_meta: written by Pagefind 9\.9\.9.*UPGRADING\.md/,
    );
  });
});

describe('cutting chunks', () => {
  const entryOf = (word: string, size: number) => ({ word, bytes: new Uint8Array(size) });

  it('keeps words that share their first letters together, under that prefix', () => {
    const plan = cutChunks(
      ['drop', 'drought', 'drum', 'dune', 'dusk'].map((w) => entryOf(w, 10)),
      30,
    );
    expect(plan.map((c) => [c.from, c.words.map((w) => w.word)])).toEqual([
      ['d', ['drop', 'drought', 'drum']],
      ['du', ['dune', 'dusk']],
    ]);
  });

  it('puts a word larger than the limit in a chunk of its own', () => {
    const plan = cutChunks([entryOf('warden', 10), entryOf('was', 500), entryOf('water', 10)], 100);
    expect(plan.map((c) => c.words.map((w) => w.word))).toEqual([['warden'], ['was'], ['water']]);
  });

  it('closes a chunk with the shortest key below the next one', () => {
    expect(rangeEnd('drywall', 'dub')).toBe('ds');
    expect(rangeEnd('warden', 'was')).toBe('ware');
    expect(rangeEnd('was', 'wash')).toBe('was');
    expect(rangeEnd('zebra', undefined)).toBe('zebra');
  });
});
