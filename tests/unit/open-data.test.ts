import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { RefFactory } from '../../src/schemas/common.ts';
import { caseStudySchema } from '../../src/schemas/case-study.ts';
import { cell, csvColumns, toCsv } from '../../src/lib/open-data/csv.ts';
import { describeFields } from '../../src/lib/open-data/fields.ts';
import { jsonSchemaOf, recordTypes, publishedSchemas } from '../../src/lib/open-data/schemas.ts';
import { caseStudyColumns, indicatorColumns } from '../../src/lib/open-data/tables.ts';
import { toPlain } from '../../src/lib/open-data/to-plain.ts';

describe('published JSON Schemas', () => {
  const schema = jsonSchemaOf('case-studies', 'https://x.org/api/v1/schemas/case-studies.json') as {
    $id: string;
    properties: Record<string, { maxLength?: number; description?: string; format?: string; type?: string }>;
    additionalProperties: boolean;
  };

  it('carry their own address as $id', () => expect(schema.$id).toBe('https://x.org/api/v1/schemas/case-studies.json'));

  it('take limits and descriptions from the content schema, so they cannot drift from it', () => {
    const zod = caseStudySchema((() => z.string()) as unknown as RefFactory).shape.title;
    expect(schema.properties['title']?.maxLength).toBe(zod.maxLength);
    expect(schema.properties['title']?.description).toBe(zod.description);
  });

  it('write dates as strings in date format and references as plain IDs', () => {
    expect(schema.properties['published']).toMatchObject({ type: 'string', format: 'date' });
    expect(schema.properties['country']?.type).toBe('string');
  });

  it('refuse fields the content schema does not have', () => expect(schema.additionalProperties).toBe(false));

  it.each(Object.keys(publishedSchemas) as (keyof typeof publishedSchemas)[])('describe every field of %s', (name) => {
    const undocumented = describeFields(jsonSchemaOf(name, '')).filter((f) => f.description === '');
    expect(undocumented.map((f) => f.path)).toEqual([]);
  });

  it('exist for the four record types', () =>
    expect(recordTypes).toEqual(['case-studies', 'countries', 'principles', 'training']));
});

describe('field tables for /data/', () => {
  it('name nested fields with dots and list items with []', () => {
    const paths = describeFields(jsonSchemaOf('case-studies', '')).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['period.start', 'sources[].url', 'outcomes[].figure']));
  });

  it('document the lessons inside a training module', () =>
    expect(describeFields(jsonSchemaOf('training', '')).map((f) => f.path)).toContain('lessons[].selfCheck[].answer'));
});

describe('CSV', () => {
  it('flattens objects, joins lists of IDs with "; " and sentences with line breaks, and leaves out lists of objects', () => {
    const columns = caseStudyColumns();
    const by = Object.fromEntries(columns.map((c) => [c.path, c]));
    expect(by['period.start']).toBeDefined();
    expect(by['themes']?.separator).toBe('; ');
    expect(by['whatWorked']?.separator).toBe('\n');
    expect(by['sources']).toBeUndefined();
    expect(by['body']).toBeUndefined();
  });

  it('gives indicators one column per field, with the source flattened', () =>
    expect(indicatorColumns().map((c) => c.path)).toEqual([
      'country',
      'countryName',
      'indicator',
      'year',
      'value',
      'source.publisher',
      'source.title',
      'source.year',
      'source.date',
      'source.url',
    ]));

  it('quotes cells holding commas, quotes or line breaks, doubling inner quotes', () => {
    expect(cell('plain')).toBe('plain');
    expect(cell('a, b')).toBe('"a, b"');
    expect(cell('say "hi"')).toBe('"say ""hi"""');
    expect(cell(['one', 'two'], '\n')).toBe('"one\ntwo"');
  });

  it('writes a header row and one CRLF-terminated row per record', () => {
    const columns = csvColumns({
      properties: { id: { type: 'string' }, period: { type: 'object', properties: { start: { type: 'integer' } } } },
    });
    expect(
      toCsv(columns, [
        { id: 'est', period: { start: 2001 } },
        { id: 'sgp', period: {} },
      ]),
    ).toBe('id,period.start\r\nest,2001\r\nsgp,\r\n');
  });
});

describe('toPlain', () => {
  it('writes references as IDs and dates as YYYY-MM-DD, deep inside lists', () =>
    expect(toPlain({ country: { collection: 'countries', id: 'est' }, items: [{ published: new Date('2026-11-27') }] })).toEqual({
      country: 'est',
      items: [{ published: '2026-11-27' }],
    }));
});
