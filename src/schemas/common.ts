import { z } from 'astro/zod';

/** Collections that other entries may point at with a reference. */
export type CollectionName = 'countries' | 'caseStudies' | 'challenges' | 'principles' | 'training' | 'lessons' | 'pages';

/** What a reference field holds once parsed: the same shape Astro's `reference()` produces. */
export interface Ref<C extends CollectionName> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a reference field. Astro passes its `reference()`; `npm run validate` passes
 * one that also checks the target exists, so every problem is reported with its file and field.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, string>;

/** A four-digit calendar year, e.g. `2024`. */
export const year = z.number().int().min(1900).max(2100);

/** The pattern every stored web address must match; the CMS uses the same one so both refuse the same input. */
export const httpUrlPattern = /^https?:\/\/[^\s/?#]+\.[^\s]+$/i;

/** An http(s) URL; `javascript:` and other schemes are refused. Example: `https://www.ria.ee/x-road`. */
export const httpUrl = z
  .string()
  .trim()
  .regex(httpUrlPattern, { message: 'must be a full web address starting with http:// or https://' });

/** A non-empty line of plain text; Markdown is not rendered in it. */
export const line = (max: number) => z.string().trim().min(1, { message: 'must not be empty' }).max(max);

/** A published source that backs a fact. Example: `{ publisher: 'UN DESA', title: 'UN E-Government Survey 2024', year: 2024, url: 'https://…' }`. */
export const sourceSchema = z
  .strictObject({
    publisher: line(200).describe('Who published the source, e.g. "UN DESA" or "National Audit Office of Estonia".'),
    title: line(300).describe('The title of the document, page or article.'),
    year: year.optional().describe('Year of publication when known; leave empty if the source gives none (shown as "n.d.").'),
    date: z.coerce.date().optional().describe('Exact date of publication (YYYY-MM-DD) when known; replaces year.'),
    url: httpUrl.describe('Web address of the source (http or https only).'),
  })
  .refine((s) => s.year === undefined || s.date === undefined || s.date.getUTCFullYear() === s.year, {
    message: 'year and date disagree',
    path: ['year'],
  });
export type Source = z.infer<typeof sourceSchema>;
