// A language's pagefind.<hash>.pf_meta: the list of pages, which index chunk holds which words, the filter and sort
// files, and the names of the metadata fields (word positions in metadata refer to them by number).
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';

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

type Meta = [string, [string, number, string][], [string, string, string][], [string, string][], [string, number[]][], string[]];

export function decodeMeta(payload: Uint8Array): BundleMeta {
  const meta = decodeCbor(payload);
  if (!Array.isArray(meta) || meta.length !== 6) throw new Error('unexpected Pagefind metadata layout (a newer Pagefind?)');
  const [version, pages, chunks, filters, sorts, metaFields] = meta as Meta;
  return {
    version,
    pages: pages.map(([hash, wordCount, group]) => ({ hash, wordCount, group })),
    chunks: chunks.map(([from, to, hash]) => ({ from, to, hash })),
    filters: filters.map(([name, hash]) => ({ name, hash })),
    sorts: sorts.map(([name, pages]) => ({ name, pages })),
    metaFields,
  };
}

export function encodeMeta(meta: BundleMeta): Uint8Array {
  const value: Meta = [
    meta.version,
    meta.pages.map((p) => [p.hash, p.wordCount, p.group]),
    meta.chunks.map((c) => [c.from, c.to, c.hash]),
    meta.filters.map((f) => [f.name, f.hash]),
    meta.sorts.map((s) => [s.name, s.pages]),
    meta.metaFields,
  ];
  return encodeCbor(value as CborValue);
}
