// "Newest first" and "Oldest first" use Pagefind's sort by data-pagefind-sort="date[…]", which leaves out every page
// with no date (CloudCannon/pagefind#259): the framework's principles would vanish. They are put back after the dated
// pages, in the order best match gives them, so a sort changes the order of the results but never which they are.

/**
 * The results of `best` (in best-match order, facets applied): those Pagefind's date sort returned, in its order, then
 * the others as `best` has them. Pages only in `dated` (filtered out by the facets) are left out.
 * @example datedFirst([{ id: 'new' }, { id: 'old' }], [{ id: 'p3' }, { id: 'old' }, { id: 'new' }]).map((r) => r.id) // ['new', 'old', 'p3']
 */
export function datedFirst<T extends { id: string }>(dated: readonly T[], best: readonly T[]): T[] {
  const kept = new Set(best.map((r) => r.id));
  const first = dated.filter((r) => kept.has(r.id));
  const placed = new Set(first.map((r) => r.id));
  return [...first, ...best.filter((r) => !placed.has(r.id))];
}
