import type { IndicatorValue } from '../schemas/country.ts';
import type { Source } from '../schemas/common.ts';
import { indicators, type IndicatorId } from '../schemas/vocabularies.ts';

/** A country's indicators as a table: one row per indicator, one column per year, each cell citing a source number. */
export interface IndicatorTable {
  years: number[];
  rows: { indicator: IndicatorId; cells: ({ value: number; source: number } | undefined)[] }[];
  /** Distinct sources, numbered from 1 in the order cells cite them. */
  sources: Source[];
}

/**
 * @example pivotIndicators([{ indicator: 'egdi', year: 2024, value: 0.97, source }]).rows[0].cells[0] // { value: 0.97, source: 1 }
 */
export function pivotIndicators(values: readonly IndicatorValue[], only?: readonly IndicatorId[]): IndicatorTable {
  const wanted = values.filter((v) => !only || only.includes(v.indicator));
  const years = [...new Set(wanted.map((v) => v.year))].sort((a, b) => a - b);
  const sources: Source[] = [];
  const sourceNo = (s: Source): number => {
    const i = sources.findIndex((x) => x.url === s.url && x.title === s.title);
    if (i >= 0) return i + 1;
    sources.push(s);
    return sources.length;
  };
  const rows = indicators.ids
    .filter((id) => wanted.some((v) => v.indicator === id))
    .map((indicator) => ({
      indicator,
      cells: years.map((year) => {
        const v = wanted.find((x) => x.indicator === indicator && x.year === year);
        return v ? { value: v.value, source: sourceNo(v.source) } : undefined;
      }),
    }));
  return { years, rows, sources };
}
