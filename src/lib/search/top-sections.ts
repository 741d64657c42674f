/** The parts of a Pagefind sub-result that ranking reads. */
export interface ScoredSection {
  url: string;
  /** Present when the section starts at an anchor (a heading or a clause); absent for the page's opening. */
  anchor?: unknown;
  weighted_locations: readonly { balanced_score: number }[];
}

const score = (s: ScoredSection): number => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * A result's best sections, best first: the ones with the most and weightiest matches, so a search for "P3.2" lists
 * clause P3.2 before a section that only mentions it. The page's opening (no anchor) is left out: the result is it.
 * @example topSections([{ url: '/a/#x', anchor: {}, weighted_locations: [{ balanced_score: 2 }] }]) // that one section
 */
export function topSections<S extends ScoredSection>(sections: readonly S[], max = 3): S[] {
  return sections
    .filter((s) => s.anchor !== undefined)
    .map((s, i) => ({ s, i, n: score(s) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, max)
    .map(({ s }) => s);
}
