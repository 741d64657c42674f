import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { distDir, builtHtml } from './site.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter-split.ts';
import { builtJson, builtRecords, type CaseStudyRecord } from './data-files.ts';

const api = '/api/v1';
const schemaNames = readdirSync(join(distDir, api, 'schemas')).map((f) => f.replace(/\.json$/, ''));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
for (const name of schemaNames) ajv.addSchema(builtJson(`${api}/schemas/${name}.json`), name);
const types = ['case-studies', 'countries', 'principles', 'training'];

/** Validation errors of a built JSON file against a published schema, as readable lines. */
function errors(schema: string, data: unknown): string[] {
  const validate = ajv.getSchema(schema);
  if (!validate) return [`no schema ${schema}`];
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

test('a JSON Schema is published for every record type, the index files and the catalogue', () =>
  expect(schemaNames.sort()).toEqual(['case-studies', 'catalogue', 'countries', 'listing', 'principles', 'training']));

test('the catalogue, every index file and every record validate against their published JSON Schemas', () => {
  const problems: string[] = errors('catalogue', builtJson(`${api}/index.json`)).map((e) => `index.json${e}`);
  for (const type of types) {
    problems.push(...errors('listing', builtJson(`${api}/${type}.json`)).map((e) => `${type}.json${e}`));
    const files = readdirSync(join(distDir, api, type));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) problems.push(...errors(type, builtJson(`${api}/${type}/${f}`)).map((e) => `${type}/${f}${e}`));
  }
  expect(problems).toEqual([]);
});

test('a record with a field the schema does not know fails validation, so the check can fail', () => {
  const [first] = builtRecords('case-studies');
  expect(errors('case-studies', { ...first, colour: 'blue' })).not.toEqual([]);
  expect(errors('case-studies', { ...first, published: 'last week' })).not.toEqual([]);
});

test('index files list one item per record file and per built page', () => {
  const catalogue = builtJson<{ datasets: { type: string; count: number }[] }>(`${api}/index.json`);
  for (const type of types) {
    const index = builtJson<{ count: number; items: { url: string }[] }>(`${api}/${type}.json`);
    expect(index.items).toHaveLength(index.count);
    expect(readdirSync(join(distDir, api, type))).toHaveLength(index.count);
    expect(catalogue.datasets.find((d) => d.type === type)?.count).toBe(index.count);
    for (const item of index.items) expect(builtHtml(new URL(item.url).pathname)).toContain('<h1');
  }
});

test('every record carries the Markdown body of its source file', () => {
  const bodyOf = (file: string) => splitFrontmatter(readFileSync(file, 'utf8'))?.body;
  const [xroad] = builtRecords<{ id: string; body: string }>('case-studies').filter((r) => r.id === 'est-x-road-once-only');
  expect(xroad?.body).toBe(bodyOf('content/case-studies/est-x-road-once-only.md'));
  expect(xroad?.body).toContain('## ');
  const p3 = builtJson<{ body: string }>(`${api}/principles/p3.json`);
  expect(p3.body).toBe(bodyOf('content/principles/p3-transparency.md'));
  const empty: string[] = [];
  for (const type of ['case-studies', 'countries'])
    for (const r of builtRecords<{ id: string; body: string }>(type)) if (r.body.trim() === '') empty.push(`${type}/${r.id}`);
  const modules = builtRecords<{ id: string; lessons: { id: string; body: string }[] }>('training');
  for (const l of modules.flatMap((m) => m.lessons)) if (l.body.trim() === '') empty.push(`lesson ${l.id}`);
  expect(empty).toEqual([]);
});

test('case-studies.csv parses with one row per case study and the IDs of the JSON records', async ({ request }) => {
  const res = await request.get(`${api}/case-studies.csv`);
  expect(res.headers()['content-type']).toContain('text/csv');
  const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
  const records = builtRecords<CaseStudyRecord>('case-studies');
  expect(rows).toHaveLength(records.length);
  expect(rows.map((r) => r['id']).sort()).toEqual(records.map((r) => r.id).sort());
  const xroad = rows.find((r) => r['id'] === 'est-x-road-once-only');
  const record = records.find((r) => r.id === 'est-x-road-once-only');
  expect(xroad?.['country']).toBe('est');
  expect(xroad?.['whatWorked']?.split('\n')).toEqual(record?.whatWorked);
});

test('indicators.csv parses with one row per indicator value of every country', async ({ request }) => {
  const rows = parse(await (await request.get(`${api}/indicators.csv`)).text(), { columns: true }) as Record<string, string>[];
  const countries = builtRecords<{ id: string; indicators: { indicator: string; year: number; value: number }[] }>('countries');
  expect(rows).toHaveLength(countries.reduce((n, c) => n + c.indicators.length, 0));
  const uzb = rows.find((r) => r['country'] === 'uzb' && r['indicator'] === 'egdi' && r['year'] === '2024');
  expect(uzb?.['value']).toBe('0.7999');
  expect(uzb?.['source.url']).toMatch(/^https?:\/\//);
});

test('/data/ documents every field of every published schema', () => {
  const documented = new Set([...builtHtml('/data/').matchAll(/<code[^>]*>([^<]*)<\/code>/g)].map((m) => m[1]));
  const missing: string[] = [];
  const walk = (schema: { properties?: Record<string, unknown>; items?: unknown }, prefix: string) => {
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      const path = `${prefix}${name}`;
      if (!documented.has(path)) missing.push(path);
      const c = child as { type?: string; items?: { type?: string } };
      if (c.type === 'object') walk(c as never, `${path}.`);
      if (c.type === 'array' && c.items?.type === 'object') walk(c.items as never, `${path}[].`);
    }
  };
  for (const type of types) walk(builtJson(`${api}/schemas/${type}.json`), '');
  expect(missing).toEqual([]);
});

test('JSON files are served as JSON', async ({ request }) => {
  const res = await request.get(`${api}/index.json`);
  expect(res.headers()['content-type']).toContain('application/json');
});
