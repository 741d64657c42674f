import { z } from 'astro/zod';
import { line, sourceSchema } from './common.ts';
import { indicators, regions } from './vocabularies.ts';

/** One measured value, e.g. `{ indicator: 'egdi', year: 2024, value: 0.9727, source: {…} }`. */
export const indicatorValueSchema = z.strictObject({
  indicator: indicators.schema.describe('Which indicator this value measures.'),
  year: z.number().int().min(1990).max(2100).describe('The year the value refers to (the survey year).'),
  value: z.number().min(0).describe('The value as published: an index 0–1, a rank, or a percentage 0–100.'),
  source: sourceSchema.describe('Where the value was published.'),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

/** A country profile. The file name is the ISO 3166-1 alpha-3 code in lower case: `est.md`. */
export const countrySchema = () =>
  z
    .strictObject({
      name: line(80).describe('Short English name, e.g. "Estonia".'),
      officialName: line(120).describe('Full official name, e.g. "Republic of Estonia".'),
      region: regions.schema.describe('UN M49 region.'),
      subregion: line(80).describe('UN M49 sub-region, e.g. "Northern Europe".'),
      summary: line(1200).describe('Three to five sentences on the country’s digital government, each fact sourced below.'),
      indicators: z.array(indicatorValueSchema).describe('Indicator values, each with its source.'),
      lastReviewed: z.coerce.date().describe('When an editor last checked this profile against its sources (YYYY-MM-DD).'),
    })
    .superRefine((c, ctx) => {
      const seen = new Set<string>();
      c.indicators.forEach((v, i) => {
        const key = `${v.indicator}/${v.year}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['indicators', i], message: `${key} is given twice` });
        seen.add(key);
      });
    });
export type Country = z.infer<ReturnType<typeof countrySchema>>;
