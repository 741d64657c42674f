/** One group of bars, e.g. the EGDI with a bar per survey year. */
export interface BarGroup {
  label: string;
  bars: { series: string; value: number }[];
}

/** A bar laid out in SVG units. */
export interface BarBox {
  group: string;
  series: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  seriesIndex: number;
}

/**
 * Lays out a grouped bar chart (vertical bars) inside a `width` × `height` plot area; values run from 0 to `max`.
 * @example groupedBars([{ label: 'EGDI', bars: [{ series: '2022', value: 0.5 }] }], { width: 100, height: 50, max: 1 })[0].height // 25
 */
export function groupedBars(groups: readonly BarGroup[], opts: { width: number; height: number; max: number }): BarBox[] {
  const series = [...new Set(groups.flatMap((g) => g.bars.map((b) => b.series)))];
  const groupWidth = opts.width / Math.max(groups.length, 1);
  const barWidth = (groupWidth * 0.8) / Math.max(series.length, 1);
  return groups.flatMap((g, gi) =>
    g.bars.map((b) => {
      const si = series.indexOf(b.series);
      const h = (Math.max(0, Math.min(b.value, opts.max)) / opts.max) * opts.height;
      return {
        group: g.label,
        series: b.series,
        value: b.value,
        x: gi * groupWidth + groupWidth * 0.1 + si * barWidth,
        y: opts.height - h,
        width: barWidth,
        height: h,
        seriesIndex: si,
      };
    }),
  );
}
