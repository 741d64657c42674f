import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { CollectionName, Ref, RefFactory } from '../../src/schemas/common.ts';
import { collections } from '../../src/schemas/collections.ts';
import { parseFrontmatter } from '../../scripts/lib/frontmatter.ts';

// Schema tests check shape only; whether a referenced entry exists is validate's job (tested in validate.test.ts).
const anyRef: RefFactory = <C extends CollectionName>(collection: C) =>
  z.string().transform((id): Ref<C> => ({ collection, id })) as unknown as z.ZodType<Ref<C>, string>;

const schemaFor = (file: string) => {
  const kind = file
    .replace(/\.md$/, '')
    .split('-')
    .slice(0, file.startsWith('case-study') ? 2 : 1)
    .join('-');
  const name = (
    {
      'case-study': 'caseStudies',
      country: 'countries',
      principle: 'principles',
      training: 'training',
      lesson: 'lessons',
      page: 'pages',
    } as const
  )[kind as 'page'];
  if (!name) throw new Error(`fixture ${file}: name must start with a content type`);
  return collections[name].schema(anyRef);
};

const dir = (kind: string) => join('tests/fixtures', kind);
const fieldOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>((a, k) => (typeof k === 'number' ? `${a}[${k}]` : a ? `${a}.${String(k)}` : String(k)), '');

describe('each schema accepts its valid fixture', () => {
  for (const file of readdirSync(dir('valid'))) {
    it(`accepts ${file}`, () => {
      const { data } = parseFrontmatter(readFileSync(join(dir('valid'), file), 'utf8'));
      const result = schemaFor(file).safeParse(data);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });
  }
});

describe('each schema rejects an invalid fixture on the expected field', () => {
  for (const file of readdirSync(dir('invalid'))) {
    const source = readFileSync(join(dir('invalid'), file), 'utf8');
    const [, field = '', message = ''] = /# expect: ([^|\n]*)\|?(.*)/.exec(source) ?? [];
    it(`rejects ${file} on ${field}`, () => {
      expect(field, 'fixture needs a "# expect: field|message" line').not.toBe('');
      const result = schemaFor(file).safeParse(parseFrontmatter(source).data);
      expect(result.success).toBe(false);
      const issues = result.success ? [] : result.error.issues;
      const named = issues.flatMap((i) =>
        i.code === 'unrecognized_keys' ? i.keys.map((k) => fieldOf([...i.path, k])) : [fieldOf(i.path)],
      );
      expect(named).toContain(field);
      if (message && !message.startsWith('unknown field')) expect(issues.map((i) => i.message).join('\n')).toContain(message);
    });
  }
});
