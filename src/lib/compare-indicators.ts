import type { IndicatorValue } from '../schemas/country.ts';
import type { Source } from '../schemas/common.ts';
import { indicators, type IndicatorId } from '../schemas/vocabularies.ts';

/** Countries' indicators side by side: one row per indicator and year, one cell per country, sources numbered once. */
export interface Comparison {
  rows: { indicator: IndicatorId; year: number; cells: ({ value: number; source: number } | undefined)[] }[];
  sources: Source[];
}

/**
 * Lines up the indicator values of several countries, in vocabulary order then newest year first.
 * @example compareIndicators([{ indicators: [egdi2024Est] }, { indicators: [egdi2024Sgp] }]).rows[0].cells.length // 2
 */
export function compareIndicators(countries: readonly { indicators: readonly IndicatorValue[] }[]): Comparison {
  const sources: Source[] = [];
  const sourceNo = (s: Source): number => {
    const i = sources.findIndex((x) => x.url === s.url && x.title === s.title);
    if (i >= 0) return i + 1;
    return sources.push(s);
  };
  const all = countries.flatMap((c) => c.indicators);
  const rows = indicators.ids.flatMap((indicator) =>
    [...new Set(all.filter((v) => v.indicator === indicator).map((v) => v.year))]
      .sort((a, b) => b - a)
      .map((year) => ({
        indicator,
        year,
        cells: countries.map((c) => {
          const v = c.indicators.find((x) => x.indicator === indicator && x.year === year);
          return v ? { value: v.value, source: sourceNo(v.source) } : undefined;
        }),
      })),
  );
  return { rows, sources };
}
