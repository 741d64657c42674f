// The UN E-Government Survey's EGDI groups: Very High above 0.75, High 0.50–0.75, Middle 0.25–0.50, Low below 0.25
// (FACTS.md [S5], the UN's definitions as published by Knoema/UNPACS).
import type { EgdiGroupId } from '../schemas/vocabularies.ts';

/** The source of the thresholds, cited wherever a group is shown. */
export const egdiGroupSource = {
  publisher: 'Knoema / UNPACS',
  title: 'UN EGDI definitions',
  year: 2016,
  url: 'http://tunisia.opendataforafrica.org/atlas/sources/UNPACS',
} as const;

/**
 * The group an EGDI value falls in.
 * @example egdiGroup(0.7999) // 'very-high'; egdiGroup(0.75) // 'high'; egdiGroup(0.5489) // 'high'
 */
export function egdiGroup(egdi: number): EgdiGroupId {
  if (egdi > 0.75) return 'very-high';
  if (egdi >= 0.5) return 'high';
  if (egdi >= 0.25) return 'middle';
  return 'low';
}
