// What the CMS does to an entry just before saving it (a Decap `preSave` listener in src/cms/admin.ts):
// 1. optional fields the contributor left empty are dropped, because Decap would write `figure: ""` and the schema
//    refuses an empty string where it accepts a missing field;
// 2. the entry is checked against the same schema the build uses, so rules across fields (a figure needs its source,
//    an end year after the start, an answer among the options) and images without alt text are refused before saving.
import { z } from 'astro/zod';
import type { CollectionName, Ref, RefFactory } from '../schemas/common.ts';
import { collections } from '../schemas/collections.ts';
import { fieldPath } from '../lib/field-path.ts';
import { imagesWithoutAlt } from '../lib/images-without-alt.ts';
import { cmsText } from './labels.ts';

type Path = (string | number)[];

const isEmpty = (v: unknown): boolean =>
  v === '' ||
  v === null ||
  v === undefined ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every((x) => isEmpty(x)));

/**
 * Paths of the empty values inside an entry's data, deepest first, so deleting them in order leaves no empty object.
 * List items are kept (deleting one would renumber the rest); an empty item is reported by the check instead.
 * @example emptyPaths({ title: 'X', outcomes: [{ text: 'Y', figure: '' }] }) // [['outcomes', 0, 'figure']]
 */
export function emptyPaths(data: unknown, at: Path = []): Path[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => emptyPaths(item, [...at, i]));
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const inner = emptyPaths(value, [...at, key]);
    return isEmpty(value) ? [...inner, [...at, key]] : inner;
  });
}

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );

/** The schema name of a CMS collection: every `lessons-<module>` collection uses the lesson schema. */
const schemaName = (collection: string): keyof typeof collections =>
  (collection.startsWith('lessons-') ? 'lessons' : collection) as keyof typeof collections;

// References were picked from existing entries in relation widgets; the build checks they still exist.
const anyRef: RefFactory = <C extends CollectionName>() => z.string() as unknown as z.ZodType<Ref<C>, string>;

/**
 * The problems the build would report for an entry, as `field: message` lines (empty when it would pass).
 * @example entryProblems('caseStudies', { …, sources: [] }, '') // ['sources: needs at least one source']
 */
export function entryProblems(collection: string, data: unknown, body: string): string[] {
  const result = collections[schemaName(collection)].schema(anyRef).safeParse(data);
  const missing = (i: z.core.$ZodIssue) => i.code === 'invalid_type' && valueAt(data, i.path) === undefined;
  const message = (i: z.core.$ZodIssue) => (missing(i) ? cmsText('cms.rule.required') : i.message);
  const problems = result.success ? [] : result.error.issues.map((i) => `${fieldPath(i.path)}: ${message(i)}`);
  return [...problems, ...imagesWithoutAlt(body).map((src) => `body: ${cmsText('cms.rule.imageAlt', { src })}`)];
}
