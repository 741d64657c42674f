/**
 * The newest of some dates: a list page's "last updated" is that of its newest entry.
 * @example latestDate([new Date('2026-11-27'), new Date('2026-12-01')]) // 2026-12-01
 */
export const latestDate = (dates: readonly Date[]): Date => new Date(Math.max(...dates.map((d) => +d)));
