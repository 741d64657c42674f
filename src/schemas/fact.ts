import { z } from 'astro/zod';
import { httpUrl, line, sourceSchema } from './common.ts';

/** How precisely a fact's date is known: `2024`, `2024-03` or `2024-03-01`. */
export const partialDate = z
  .union([z.string(), z.number(), z.date()], { message: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' })
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d)))
  .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' }));

/**
 * One fact read in a stored public page, in the ledger `content/facts/<iso3>.yaml`. A case study's or country's source
 * URL must be in FACTS.md or in one of these entries. Example:
 * `{ id: 'ukr-diia-code', claim: 'Diia’s source code was published.', date: '2024-03', source: {…}, excerpt: 'published the source code' }`.
 */
export const factSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z]{3}-[a-z0-9-]+$/, {
      message: 'must start with the country code and a hyphen, in kebab-case, e.g. "ukr-diia-launch"',
    })
    .describe('A stable ID: the country code, then a few words in kebab-case.'),
  claim: line(800).describe('The fact, paraphrased in a sentence or two.'),
  value: z
    .union([line(120), z.number()])
    .optional()
    .describe('The figure or date as the source writes it, e.g. "19.4 million".'),
  date: partialDate
    .optional()
    .describe('When the figure applies or was published, as precisely as the source says; left out when it gives none.'),
  source: sourceSchema.describe('The page the fact was read in.'),
  excerpt: line(600).describe('The few words of the page the fact was read in, copied exactly.'),
});
export type Fact = z.infer<typeof factSchema>;

/** A ledger file: a list of facts. */
export const factLedgerSchema = z.array(factSchema);

/** One source of FACTS.md, copied into `content/facts/facts-md.yaml` by `npm run facts:sync`. */
export const factSheetSourceSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{1,2}\d+$/, { message: 'must be a FACTS.md source code such as "S1" or "UA3"' }),
  citation: line(600).describe('The source line of FACTS.md, without its URL.'),
  url: httpUrl.describe('The URL FACTS.md gives for it.'),
});
export const factSheetCopySchema = z.array(factSheetSourceSchema);
