import type { IndicatorId } from '../schemas/vocabularies.ts';

type Kind = 'rank' | 'index' | 'percent';
// Every indicator must say how it is shown; adding one to the vocabulary without a kind is a type error.
const kinds: Record<IndicatorId, Kind> = {
  'egdi-rank': 'rank',
  egdi: 'index',
  osi: 'index',
  hci: 'index',
  tii: 'index',
  'internet-use-urban': 'percent',
  'internet-use-rural': 'percent',
};

/** How an indicator's values are read: a rank, an index 0–1, or a percentage. */
export const indicatorKind = (id: IndicatorId): Kind => kinds[id];

/**
 * An indicator value as published: ranks whole, indices to four decimals, percentages to one.
 * @example formatIndicator('egdi', 0.97) // '0.9700'
 * @example formatIndicator('internet-use-rural', 92.6) // '92.6%'
 */
export function formatIndicator(id: IndicatorId, value: number): string {
  const kind = kinds[id];
  if (kind === 'rank') return String(Math.round(value));
  if (kind === 'index') return value.toFixed(4);
  return `${value.toFixed(1)}%`;
}
