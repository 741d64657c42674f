// The merged index's sort orders (data-pagefind-sort), made as Pagefind makes them: per key, the pages that have a
// value, sorted by it (as numbers when every value is one, else as text), ties in page order. Each shard's own order
// must come out the same from the values read in sort-values.ts, or the merge stops: the values would not be Pagefind's.
import type { BundleMeta } from '../pagefind-format/meta-file.ts';
import { compareUtf8 } from '../pagefind-format/compare-utf8.ts';

/** A shard's pages with their sort values, e.g. `{ meta, pages: [{ url: '/a/', sort: { date: '2024-05-01' } }] }`. */
export interface SortedShard {
  meta: BundleMeta;
  pages: readonly { url: string; sort: Readonly<Record<string, string>> }[];
}

export function mergeSorts(shards: readonly SortedShard[]): BundleMeta['sorts'] {
  for (const shard of shards)
    for (const expected of shard.meta.sorts) {
      const ours = sortOrder(shard.pages, expected.name);
      if (ours.join() !== expected.pages.join())
        throw new Error(`the data-pagefind-sort="${expected.name}[…]" values read from the pages of ${shard.pages[0]?.url} …
          do not give Pagefind's order: check how the pages declare them (scripts/lib/search-index/sort-values.ts)`);
    }
  const pages = shards.flatMap((s) => s.pages);
  const keys = [...new Set(pages.flatMap((p) => Object.keys(p.sort)))].sort(compareUtf8);
  return keys.map((name) => ({ name, pages: sortOrder(pages, name) }));
}

function sortOrder(pages: SortedShard['pages'], key: string): number[] {
  const values = pages.flatMap((p, i) => (p.sort[key] === undefined ? [] : [{ text: p.sort[key], page: i }]));
  const numbers = values.map((v) => sortNumber(v.text));
  if (numbers.every((n) => n !== undefined)) {
    const byPage = new Map(values.map((v, i) => [v.page, numbers[i] ?? 0]));
    values.sort((a, b) => totalOrder(byPage.get(a.page) ?? 0, byPage.get(b.page) ?? 0));
  } else values.sort((a, b) => compareUtf8(a.text, b.text));
  return values.map((v) => v.page);
}

/** A value as Pagefind reads a number (an i32, else an f32), rounded to an f32 as it compares them; else undefined. */
function sortNumber(text: string): number | undefined {
  if (/^[+-]?\d+$/.test(text) && Math.abs(Number(text)) <= 2 ** 31) return Math.fround(Number(text));
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Math.fround(Number(text));
  if (/^[+-]?(inf|infinity)$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(text)) return NaN;
  return undefined;
}

/** Rust's f32::total_cmp: -0 before +0, NaN last. */
function totalOrder(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number(Number.isNaN(a)) - Number(Number.isNaN(b));
  return a - b || Number(Object.is(b, -0)) - Number(Object.is(a, -0));
}
