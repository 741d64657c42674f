// A language's pagefind.<hash>.pf_meta: the list of pages, which index chunk holds which words, the filter and sort
// files, and the names of the metadata fields (word positions in metadata refer to them by number).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CborReader, CborWriter } from './cbor.ts';
import { readPagefindFile } from './pagefind-files.ts';
import type { PagefindEntry } from './pagefind-types.ts';

/** The metadata file, decoded, e.g. `{ version: '1.6.0', pages: [{ hash: 'en_7f1a2b3', wordCount: 1144, group: '' }], … }`. */
export interface BundleMeta {
  version: string;
  /** In page-number order; `hash` names the page's fragment, `group` is empty unless fragments are bundled. */
  pages: { hash: string; wordCount: number; group: string }[];
  /** Index chunks A–Z: a word between `from` and `to` (prefixes) is in the chunk `hash`. */
  chunks: { from: string; to: string; hash: string }[];
  filters: { name: string; hash: string }[];
  /** Per sort key, the page numbers in sorted order. */
  sorts: { name: string; pages: number[] }[];
  metaFields: string[];
}

export function decodeMeta(payload: Buffer): BundleMeta {
  const r = new CborReader(payload);
  const list = <T>(item: () => T): T[] => Array.from({ length: r.array() }, item);
  if (r.array() !== 6) throw new Error('unexpected Pagefind metadata layout (a newer Pagefind?)');
  const version = r.text();
  const pages = list(() => (r.array(), { hash: r.text(), wordCount: r.uint(), group: r.text() }));
  const chunks = list(() => (r.array(), { from: r.text(), to: r.text(), hash: r.text() }));
  const filters = list(() => (r.array(), { name: r.text(), hash: r.text() }));
  const sorts = list(() => (r.array(), { name: r.text(), pages: list(() => r.uint()) }));
  const metaFields = list(() => r.text());
  return { version, pages, chunks, filters, sorts, metaFields };
}

export function encodeMeta(meta: BundleMeta): Buffer {
  const w = new CborWriter().array(6).text(meta.version);
  w.array(meta.pages.length);
  for (const p of meta.pages) w.array(3).text(p.hash).int(p.wordCount).text(p.group);
  w.array(meta.chunks.length);
  for (const c of meta.chunks) w.array(3).text(c.from).text(c.to).text(c.hash);
  w.array(meta.filters.length);
  for (const f of meta.filters) w.array(2).text(f.name).text(f.hash);
  w.array(meta.sorts.length);
  for (const s of meta.sorts) w.array(2).text(s.name).ints(s.pages);
  w.array(meta.metaFields.length);
  for (const f of meta.metaFields) w.text(f);
  return w.bytes();
}

/** The names of a one-language bundle's pages (their fragments), in page order, read from its metadata file. */
export function pageIds(bundle: string): string[] {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const languages = Object.values(entry.languages);
  if (languages.length !== 1) throw new Error(`expected one language in ${bundle}, found ${languages.length}`);
  return decodeMeta(readPagefindFile(join(bundle, `pagefind.${languages[0]?.hash}.pf_meta`))).pages.map((p) => p.hash);
}
