// The CMS configuration is generated from the schemas (src/cms/). These tests compare it with the schemas read a
// second, independent way (Zod's JSON Schema output), and check its patterns against the schemas and the content.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { CollectionName } from '../../src/schemas/common.ts';
import { collections } from '../../src/schemas/collections.ts';
import { themes } from '../../src/schemas/vocabularies.ts';
import type { CmsField } from '../../src/cms/cms-field.ts';
import { cmsConfig, type DecapConfig } from '../../src/cms/config.ts';
import { stableIdWidget } from '../../src/cms/collections.ts';
import { readCmsSettings } from '../../src/config/cms.ts';
import { parseFrontmatter } from '../../scripts/lib/frontmatter.ts';

const modules = [
  { id: 'data-literacy', title: 'Data literacy for public servants' },
  { id: 'privacy-by-design', title: 'Privacy by design' },
];
const config = cmsConfig({ settings: readCmsSettings({}), siteUrl: 'http://localhost:4321', modules });

/** The schema each CMS collection edits. */
const schemaName = (collection: string) => (collection.startsWith('lessons-') ? 'lessons' : collection) as CollectionName;
const markRef = (c: CollectionName) => z.string().meta({ reference: c }) as never;
const schemaOf = (collection: string) => collections[schemaName(collection)].schema(markRef) as z.ZodType;

interface Json {
  type?: string;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  enum?: string[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  reference?: string;
}
const jsonOf = (schema: z.ZodType): Json => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;

/** Every difference between a JSON Schema object and CMS fields, as `path: problem` lines. */
function differences(json: Json, fields: readonly CmsField[], at = ''): string[] {
  const out: string[] = [];
  const props = json.properties ?? {};
  const required = new Set(json.required ?? []);
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const name of Object.keys(props)) if (!byName.has(name)) out.push(`${at}${name}: no CMS field`);
  for (const f of fields) {
    const s = props[f.name];
    const path = `${at}${f.name}`;
    if (!s) {
      out.push(`${path}: no schema field`);
      continue;
    }
    if ((f.required ?? true) !== required.has(f.name)) out.push(`${path}: required ${String(f.required)} in the CMS`);
    const value = s.type === 'array' ? (s.items ?? {}) : s;
    if (s.type === 'array' && (f.min !== s.minItems || f.max !== s.maxItems)) out.push(`${path}: list size differs`);
    if (value.enum && JSON.stringify(f.options?.map((o) => o.value)) !== JSON.stringify(value.enum))
      out.push(`${path}: options differ`);
    if (value.enum && f.multiple !== (s.type === 'array' ? true : undefined)) out.push(`${path}: multiple differs`);
    if (
      value.reference === 'training' &&
      JSON.stringify(f.options?.map((o) => o.value)) !== JSON.stringify(modules.map((m) => m.id))
    )
      out.push(`${path}: training modules differ`);
    else if (value.reference && value.reference !== 'training' && (f.widget !== 'relation' || f.collection !== value.reference))
      out.push(`${path}: not a relation to ${value.reference}`);
    // .int() also bounds a number to the safe integers; the check before saving enforces that, not the widget.
    const bound = (n: number | undefined) => (n === Number.MAX_SAFE_INTEGER || n === Number.MIN_SAFE_INTEGER ? undefined : n);
    if (
      (value.type === 'number' || value.type === 'integer') &&
      (f.min !== bound(value.minimum) || f.max !== bound(value.maximum))
    )
      out.push(`${path}: number range differs`);
    if (value.type === 'integer' && f.value_type !== 'int') out.push(`${path}: not a whole number in the CMS`);
    if (value.type === 'object') out.push(...differences(value, f.fields ?? [], `${path}.`));
  }
  return out;
}

const fieldsOf = (c: DecapConfig['collections'][number]) => c.fields.filter((f) => f.name !== 'body');

describe('the CMS configuration generated from the schemas', () => {
  it('has a collection for every content collection, and one for the lessons of each module', () => {
    expect(config.collections.map((c) => c.name)).toEqual([
      'caseStudies',
      'challenges',
      'countries',
      'principles',
      'training',
      'lessons-data-literacy',
      'lessons-privacy-by-design',
      'pages',
    ]);
  });

  for (const collection of config.collections) {
    it(`gives ${collection.name} exactly the schema's fields, with the same required fields, options, sizes and references`, () => {
      expect(differences(jsonOf(schemaOf(collection.name)), fieldsOf(collection))).toEqual([]);
    });
  }

  it('notices a missing field, an extra field, a changed required rule and a changed option list', () => {
    const caseStudies = config.collections[0];
    if (!caseStudies) throw new Error('no case studies collection');
    const broken = fieldsOf(caseStudies)
      .filter((f) => f.name !== 'summary')
      .map((f) => (f.name === 'title' ? { ...f, required: false } : f))
      .map((f) => (f.name === 'themes' ? { ...f, options: f.options?.slice(1) ?? [] } : f));
    broken.push({ name: 'colour', label: 'Colour', widget: 'string' });
    expect(differences(jsonOf(schemaOf('caseStudies')), broken)).toEqual([
      'summary: no CMS field',
      'title: required false in the CMS',
      'themes: options differ',
      'colour: no schema field',
    ]);
  });

  it('labels select options with the vocabulary labels', () => {
    const field = config.collections[0]?.fields.find((f) => f.name === 'themes');
    expect(field?.options).toEqual(themes.terms.map((t) => ({ label: t.label, value: t.id })));
  });

  it('stores references as IDs: a country by file name, a principle by its id, a training module by folder', () => {
    const caseStudies = config.collections.find((c) => c.name === 'caseStudies');
    const principles = config.collections.find((c) => c.name === 'principles');
    const country = caseStudies?.fields.find((f) => f.name === 'country');
    const principle = caseStudies?.fields.find((f) => f.name === 'principles');
    expect([country?.widget, country?.collection, country?.value_field]).toEqual(['relation', 'countries', '{{slug}}']);
    expect([principle?.collection, principle?.value_field, principle?.multiple]).toEqual(['principles', 'id', true]);
    expect(principles?.fields.find((f) => f.name === 'training')?.options?.map((o) => o.value)).toEqual([
      'data-literacy',
      'privacy-by-design',
    ]);
  });

  it('keeps IDs fixed: principle and clause IDs use the stable-id widget, countries and pages cannot be created, nothing deleted', () => {
    const principles = config.collections.find((c) => c.name === 'principles');
    expect(principles?.fields.find((f) => f.name === 'id')?.widget).toBe(stableIdWidget);
    expect(principles?.fields.find((f) => f.name === 'clauses')?.fields?.find((f) => f.name === 'id')?.widget).toBe(
      stableIdWidget,
    );
    expect(config.collections.filter((c) => !c.create).map((c) => c.name)).toEqual(['countries', 'pages']);
    expect(config.collections.every((c) => c.delete === false)).toBe(true);
  });

  it('names new files as content/README.md asks: <country>-<title>.md, p<n>-<slug>.md, <module>/index.md', () => {
    const slug = (name: string) => config.collections.find((c) => c.name === name);
    expect(slug('caseStudies')?.slug).toBe('{{fields.country}}-{{slug}}');
    expect(slug('principles')?.slug).toBe('{{fields.id}}-{{fields.slug}}');
    expect(slug('training')?.path).toBe('{{slug}}/index');
  });
});

/** Every CMS field with a pattern, with the Zod schema of the same field. */
function patterned(
  fields: readonly CmsField[],
  schema: z.ZodType,
  at: string[] = [],
): { path: string[]; field: CmsField; schema: z.ZodType }[] {
  const shape = (unwrap(schema) as z.ZodObject)._zod.def.shape as Record<string, z.ZodType>;
  return fields.flatMap((f) => {
    const child = shape[f.name];
    if (!child) return [];
    const inner = unwrap(child);
    const element = inner._zod.def.type === 'array' ? unwrap((inner as z.ZodArray)._zod.def.element as z.ZodType) : inner;
    const path = [...at, f.name];
    const own = f.pattern
      ? [{ path, field: f, schema: element }]
      : f.field?.pattern
        ? [{ path, field: f.field, schema: element }]
        : [];
    return [...own, ...(f.fields ? patterned(f.fields, element, path) : [])];
  });
}
function unwrap(s: z.ZodType): z.ZodType {
  const def = s._zod.def as { type: string; innerType?: z.ZodType };
  return (def.type === 'optional' || def.type === 'default') && def.innerType ? unwrap(def.innerType) : s;
}

const samples = [
  ...[
    '',
    ' ',
    'a',
    ' a ',
    'x'.repeat(60),
    'x'.repeat(61),
    'x'.repeat(120),
    'x'.repeat(121),
    `${'y'.repeat(600)}`,
    'y'.repeat(601),
  ],
  ...['P3', 'p3', 'P3.2', 'P3.', 'P', '0.1.0', '0.1', 'v1.0.0', 'privacy', 'Privacy', 'rights-and-equality', '-x', 'a--b'],
  ...[
    'https://www.ria.ee/x-road',
    'HTTPS://EXAMPLE.ORG/A',
    'http://',
    'https:// x',
    'javascript:alert(1)',
    ' javascript:alert(1)',
  ],
  ...['ftp://example.org/file', 'mailto:someone@example.org', 'https://1.2.3.999', 'https://%zz', 'https://example.org:99999'],
];

describe('CMS patterns', () => {
  const all = config.collections.flatMap((c) => patterned(c.fields, schemaOf(c.name)).map((p) => ({ ...p, collection: c.name })));

  it('exist for the length, ID, version and web address rules', () => {
    expect(all.length).toBeGreaterThan(40);
  });

  it('accept no value the schema refuses', () => {
    const accepted = all.flatMap(({ collection, path, field, schema }) =>
      samples
        .filter((v) => new RegExp(field.pattern?.[0] ?? '').test(v) && !schema.safeParse(v).success)
        .map((v) => `${collection} ${path.join('.')}: ${JSON.stringify(v)}`),
    );
    expect(accepted).toEqual([]);
  });

  it('accept every value the published content already has, so editing an entry never meets a false refusal', () => {
    const refused: string[] = [];
    for (const { collection, path, field } of all) {
      const c = config.collections.find((x) => x.name === collection);
      const folder = c?.folder ?? '';
      // The training folder holds modules (index.md) and lessons; each CMS collection edits one kind.
      const kind = (f: string) => (c?.path ? f.endsWith('/index.md') : !f.endsWith('index.md'));
      const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md') && kind(f));
      for (const file of files) {
        const { data } = parseFrontmatter(readFileSync(join(folder, file), 'utf8'));
        for (const v of valuesAt(data, path))
          if (typeof v === 'string' && !new RegExp(field.pattern?.[0] ?? '').test(v))
            refused.push(`${folder}/${file} ${path.join('.')}`);
      }
    }
    expect(refused).toEqual([]);
    // Every value of every entry against its field's pattern: seconds at 40+ case studies on a loaded 2-core machine.
  }, 60_000);

  it('refuse a javascript: source address and accept an https one', () => {
    const url = all.find((p) => p.collection === 'caseStudies' && p.path.join('.') === 'sources.url');
    const re = new RegExp(url?.field.pattern?.[0] ?? '^$');
    expect(['javascript:alert(1)', 'https://www.ria.ee/x-road', 'HTTP://EXAMPLE.ORG'].map((v) => re.test(v))).toEqual([
      false,
      true,
      true,
    ]);
    expect(url?.field.pattern?.[1]).toBe('must be a full web address starting with http:// or https://');
  });
});

/** The values at a path through objects and lists: `sources.url` → every source's url. */
function valuesAt(data: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return Array.isArray(data) ? data : [data];
  if (Array.isArray(data)) return data.flatMap((d) => valuesAt(d, path));
  if (data === null || typeof data !== 'object') return [];
  const [head = '', ...rest] = path;
  return valuesAt((data as Record<string, unknown>)[head], rest);
}
