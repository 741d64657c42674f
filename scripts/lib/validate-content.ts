import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import type { CollectionName, Ref, RefFactory } from '../../src/schemas/common.ts';
import { collections } from '../../src/schemas/collections.ts';
import { fieldPath } from '../../src/lib/field-path.ts';
import { imagesWithoutAlt } from '../../src/lib/images-without-alt.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { changelogFile, readChangelog } from '../../src/lib/changelog.ts';
import { isReservedSlug } from '../../src/lib/redirects.ts';
import { knownSourceUrls } from './fact-sheet.ts';

/** One problem, printed as `content/case-studies/x.md: country: no country "atlantis"`. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}: ${p.field}: ${p.message}`;

const noun: Record<CollectionName, string> = {
  countries: 'country',
  caseStudies: 'case study',
  challenges: 'challenge',
  principles: 'principle',
  training: 'training module',
  lessons: 'lesson',
  pages: 'page',
};

interface Entry {
  collection: CollectionName;
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Files matching a collection pattern: "*.md", "<folder>/index.md" or "<folder>/<digit>….md". */
function listFiles(dir: string, pattern: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const [first, second] = pattern.split('/');
  if (second === undefined) return names.filter((n) => n.endsWith('.md') && n !== 'README.md').sort();
  const want = second === 'index.md' ? (n: string) => n === 'index.md' : (n: string) => /^[0-9].*\.md$/.test(n);
  return names
    .filter((d) => first === '*' && statSync(join(dir, d)).isDirectory())
    .sort()
    .flatMap((d) =>
      readdirSync(join(dir, d))
        .filter(want)
        .sort()
        .map((n) => `${d}/${n}`),
    );
}

/**
 * Checks every entry under `contentDir`: schema, references, unique IDs, clause IDs, lesson order, image alt text.
 * Returns every problem found, never only the first.
 */
export function validateContent(contentDir: string, cwd = process.cwd()): Problem[] {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const names = Object.keys(collections) as CollectionName[];

  for (const collection of names) {
    const spec = collections[collection];
    const dir = join(contentDir, spec.folder);
    for (const rel of listFiles(dir, spec.pattern)) {
      const file = relative(cwd, join(dir, rel));
      try {
        const { data, body } = parseFrontmatter(readFileSync(join(dir, rel), 'utf8'));
        entries.push({ collection, file, id: spec.idFrom(rel, data), data, body });
      } catch (e) {
        problems.push({ file, field: '(frontmatter)', message: (e as Error).message.split('\n')[0] ?? 'unreadable' });
      }
    }
  }

  const ids = new Map<CollectionName, Set<string>>(names.map((n) => [n, new Set()]));
  for (const e of entries) {
    const seen = ids.get(e.collection);
    if (seen?.has(e.id))
      problems.push({ file: e.file, field: 'id', message: `another ${noun[e.collection]} already has the ID "${e.id}"` });
    seen?.add(e.id);
  }

  const ref: RefFactory = <C extends CollectionName>(collection: C) =>
    z
      .string({ message: `must be the ID of a ${noun[collection]}` })
      .transform((id): Ref<C> => ({ collection, id }))
      .superRefine((r, ctx) => {
        if (!ids.get(collection)?.has(r.id)) ctx.addIssue({ code: 'custom', message: `no ${noun[collection]} "${r.id}"` });
      }) as unknown as z.ZodType<Ref<C>, string>;

  const parsed = new Map<Entry, Record<string, unknown>>();
  for (const e of entries) {
    const result = collections[e.collection].schema(ref).safeParse(e.data);
    if (result.success) parsed.set(e, result.data as Record<string, unknown>);
    else for (const issue of result.error.issues) problems.push(...describeIssue(e.file, issue));
    for (const src of imagesWithoutAlt(e.body))
      problems.push({ file: e.file, field: 'body', message: `image ${src} has no alt text` });
  }

  problems.push(...checkCountries(entries), ...checkPrinciples(entries, parsed), ...checkLessons(entries, parsed));
  problems.push(...checkChangelog(contentDir, cwd, entries, parsed));
  problems.push(...checkSources(contentDir, cwd, entries));
  return problems;
}

/** Every `url` of a source in an entry, with its field path: `sources[2].url`, `indicators[0].source.url`. */
function sourceUrls(value: unknown, path: (string | number)[] = [], inSource = false): { field: string; url: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourceUrls(v, [...path, i], inSource));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'url' && inSource && typeof v === 'string'
      ? [{ field: fieldPath([...path, k]), url: v.trim() }]
      : sourceUrls(v, [...path, k], inSource || /^sources?$/.test(k)),
  );
}

/** Every source URL is in FACTS.md or the fact ledger (content/facts/), and the ledger itself is well formed. */
function checkSources(contentDir: string, cwd: string, entries: Entry[]): Problem[] {
  const { urls, problems } = knownSourceUrls(contentDir, cwd);
  for (const e of entries)
    for (const { field, url } of sourceUrls(e.data))
      if (!urls.has(url))
        problems.push({
          file: e.file,
          field,
          message: `${url} is in neither FACTS.md nor the fact ledger: add the fact you read there to content/facts/<country>.yaml`,
        });
  return problems;
}

/** One problem per issue; an unknown field is named itself, since a misspelt field would otherwise be lost silently. */
function describeIssue(file: string, issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((k) => ({ file, field: fieldPath([...issue.path, k]), message: 'unknown field (check its spelling)' }));
  return [{ file, field: fieldPath(issue.path), message: issue.message }];
}

function checkCountries(entries: Entry[]): Problem[] {
  return entries
    .filter((e) => e.collection === 'countries' && !/^[a-z]{3}$/.test(e.id))
    .map((e) => ({ file: e.file, field: '(file name)', message: `"${e.id}" is not an ISO 3166-1 alpha-3 code in lower case` }));
}

function checkPrinciples(entries: Entry[], parsed: Map<Entry, Record<string, unknown>>): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Map<string, string>();
  for (const e of entries.filter((x) => x.collection === 'principles')) {
    const data = parsed.get(e);
    if (!data) continue;
    const slug = String(data['slug']);
    if (isReservedSlug(slug))
      problems.push({ file: e.file, field: 'slug', message: `"${slug}" is reserved for a framework page or short URL` });
    const other = slugs.get(slug);
    if (other) problems.push({ file: e.file, field: 'slug', message: `"${slug}" is already used by ${other}` });
    slugs.set(slug, e.file);
  }
  return problems;
}

function checkLessons(entries: Entry[], parsed: Map<Entry, Record<string, unknown>>): Problem[] {
  const problems: Problem[] = [];
  const modules = new Set(entries.filter((e) => e.collection === 'training').map((e) => e.id));
  const byModule = new Map<string, Entry[]>();
  for (const e of entries.filter((x) => x.collection === 'lessons')) {
    const mod = e.id.split('/')[0] ?? '';
    if (!modules.has(mod))
      problems.push({ file: e.file, field: '(folder)', message: `lesson has no module: ${mod}/index.md is missing` });
    byModule.set(mod, [...(byModule.get(mod) ?? []), e]);
  }
  for (const [mod, lessons] of byModule) {
    // A lesson that failed its schema is already reported; checking order without it would add a false problem.
    if (lessons.some((l) => !parsed.has(l))) continue;
    const orders = lessons.map((l) => parsed.get(l)?.['order']).filter((o): o is number => typeof o === 'number');
    const sorted = [...orders].sort((a, b) => a - b);
    sorted.forEach((o, i) => {
      if (o !== i + 1) {
        const at = lessons.find((l) => parsed.get(l)?.['order'] === o);
        problems.push({
          file: at?.file ?? mod,
          field: 'order',
          message: `lesson order in ${mod} must run 1, 2, 3 … without gaps or repeats; found ${sorted.join(', ')}`,
        });
      }
    });
  }
  return problems;
}

interface Versioned {
  id: string;
  introducedIn: string;
  changedIn?: string;
}

/**
 * The change log parses, and every principle's and clause's introducedIn/changedIn names a version in it whose
 * entry lists that principle or clause (or, for a clause, its principle) under `affects`.
 */
function checkChangelog(
  contentDir: string,
  cwd: string,
  entries: Entry[],
  parsed: Map<Entry, Record<string, unknown>>,
): Problem[] {
  const file = relative(cwd, join(contentDir, changelogFile));
  let result: ReturnType<typeof readChangelog>;
  try {
    result = readChangelog(contentDir);
  } catch (e) {
    return [{ file, field: '(file)', message: (e as Error).message.split('\n')[0] ?? 'unreadable' }];
  }
  if (!result.success)
    return result.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
  const affected = new Map(result.data.map((r) => [r.version, new Set(r.changes.flatMap((c) => c.affects))]));
  const problems: Problem[] = [];
  const check = (at: string, field: string, item: Versioned, principleId: string) => {
    for (const key of ['introducedIn', 'changedIn'] as const) {
      const version = item[key];
      if (version === undefined) continue;
      const ids = affected.get(version);
      if (!ids) problems.push({ file: at, field: `${field}${key}`, message: `version ${version} is not in ${file}` });
      else if (!ids.has(item.id) && !ids.has(principleId))
        problems.push({
          file: at,
          field: `${field}${key}`,
          message: `${file} does not list ${item.id} under version ${version}`,
        });
    }
  };
  const known = new Set<string>();
  for (const e of entries.filter((x) => x.collection === 'principles')) {
    const p = parsed.get(e) as (Versioned & { clauses: Versioned[] }) | undefined;
    if (!p) continue;
    known.add(p.id);
    check(e.file, '', p, p.id);
    p.clauses.forEach((c, i) => {
      known.add(c.id);
      check(e.file, `clauses[${i}].`, c, p.id);
    });
  }
  result.data.forEach((r, i) =>
    r.changes.forEach((c, j) =>
      c.affects.forEach((id, k) => {
        if (!known.has(id))
          problems.push({ file, field: `[${i}].changes[${j}].affects[${k}]`, message: `no principle or clause "${id}"` });
      }),
    ),
  );
  return problems;
}
