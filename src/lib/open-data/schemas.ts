// The shape of every open-data record, derived from the content schemas: the same fields, their limits and their
// .describe() text, with references written as plain IDs and dates as YYYY-MM-DD. The published JSON Schemas, the
// CSV columns and the /data/ field tables are all generated from these; nothing is written twice.
import { z } from 'astro/zod';
import type { RefFactory } from '../../schemas/common.ts';
import { caseStudySchema } from '../../schemas/case-study.ts';
import { countrySchema } from '../../schemas/country.ts';
import { principleSchema } from '../../schemas/principle.ts';
import { lessonSchema, trainingSchema } from '../../schemas/training.ts';
import type { ContentTypeId } from '../../schemas/vocabularies.ts';

// In an export a reference is the target's ID. The content schemas are typed for Astro's parsed references,
// so this plain-string factory is cast to the same signature; only its JSON Schema and its output matter here.
const idRef = ((_collection: string) => z.string()) as unknown as RefFactory;

const url = z.url().describe('The address of the page on the site.');
const body = z.string().describe('The Markdown body of the page.');

export const lessonRecord = z.strictObject({
  id: z.string().describe('The lesson ID: `<module>/<name>`, e.g. "data-literacy/why-data-literacy-matters".'),
  url,
  ...lessonSchema(idRef).shape,
  body,
});

/** One open-data record per type, keyed by the type's URL name under /api/v1/. */
export const records = {
  'case-studies': z.strictObject({
    id: z.string().describe('The case study ID: its file name, e.g. "est-x-road-once-only".'),
    url,
    ...caseStudySchema(idRef).shape,
    body: body.describe('The Markdown body: Context, What was done, Results, Lessons.'),
  }),
  countries: z.strictObject({
    id: z.string().describe('ISO 3166-1 alpha-3 code in lower case, e.g. "est".'),
    url,
    ...countrySchema().shape,
    caseStudies: z.array(z.string()).describe('IDs of the case studies from this country.'),
    body,
  }),
  principles: z.strictObject({
    ...principleSchema(idRef).shape,
    url,
    shortUrl: z.url().describe('The permanent short address of the principle, which survives slug changes.'),
    body,
  }),
  training: z.strictObject({
    id: z.string().describe('The module ID: its folder name, e.g. "data-literacy".'),
    url,
    ...trainingSchema(idRef).shape,
    body,
    lessons: z.array(lessonRecord).describe('The lessons of the module, in order.'),
  }),
};
export type RecordType = keyof typeof records;
export const recordTypes = Object.keys(records) as RecordType[];

/** The content type (src/schemas/vocabularies.ts) each record type publishes, for labels and descriptions. */
export const contentTypeOf: Record<RecordType, ContentTypeId> = {
  'case-studies': 'case-study',
  countries: 'country',
  principles: 'principle',
  training: 'training',
};

/** An index file: a list of one type's records with the address of each record's own file. */
export const indexRecord = z.strictObject({
  type: z.enum(recordTypes).describe('Which records the file lists, e.g. "case-studies".'),
  count: z.int().min(0).describe('How many records there are.'),
  licence: z.url().describe('The licence of the data (CC BY 4.0).'),
  schema: z.url().describe('The JSON Schema of each record.'),
  items: z
    .array(
      z.strictObject({
        id: z.string().describe('The record ID.'),
        title: z.string().describe('The title or name of the record.'),
        url: z.url().describe('The page on the site.'),
        json: z.url().describe('The record in full, as JSON.'),
      }),
    )
    .describe('One item per record.'),
});

/** The catalogue at /api/v1/index.json: every file of the open data, with the framework's version. */
export const catalogueRecord = z.strictObject({
  title: z.string().describe('The name of the data set.'),
  licence: z.url().describe('The licence of the data (CC BY 4.0).'),
  frameworkVersion: z.string().describe('The current version of the Global Data Governance Framework.'),
  documentation: z.url().describe('The page documenting every field.'),
  datasets: z
    .array(
      z.strictObject({
        type: z.enum(recordTypes).describe('The record type.'),
        count: z.int().min(0).describe('How many records there are.'),
        index: z.url().describe('The index file listing the records.'),
        schema: z.url().describe('The JSON Schema of one record.'),
      }),
    )
    .describe('One entry per record type.'),
  csv: z
    .array(z.strictObject({ name: z.string().describe('What the table holds.'), url: z.url().describe('The CSV file.') }))
    .describe('Flat tables for spreadsheets.'),
});

/** Schemas published beside the data, by file name: the four record types, the index files (`listing`) and the catalogue. */
export const publishedSchemas = { ...records, listing: indexRecord, catalogue: catalogueRecord };
export type SchemaName = keyof typeof publishedSchemas;

/** JSON Schema options shared by every published schema: dates become strings with format "date". */
function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as Record<string, unknown>;
}

/**
 * The published JSON Schema of a type, with its own address as `$id`.
 * @example jsonSchemaOf('case-studies', 'https://x.org/api/v1/schemas/case-studies.json').properties.title.maxLength // 120
 */
export function jsonSchemaOf(name: SchemaName, id: string): Record<string, unknown> {
  const { $schema, ...rest } = toJsonSchema(publishedSchemas[name]);
  return { $schema, $id: id, ...rest };
}
