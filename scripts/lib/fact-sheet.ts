// Reads the project's fact sheet (FACTS.md, in shared/ beside the repository) and the fact ledger (content/facts/):
// together they are the only places a source URL may come from (content/README.md, "Sourcing rules").
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { factSchema, factSheetSourceSchema } from '../../src/schemas/fact.ts';
import { fieldPath } from '../../src/lib/field-path.ts';

/** Where FACTS.md is looked for: FACTS_MD, then shared/ beside the repository. */
export const factSheetPath = (repo = process.cwd()): string | undefined =>
  [process.env['FACTS_MD'], join(repo, '../shared/reference/FACTS.md')].find((p): p is string => !!p && existsSync(p));

/** The copy of FACTS.md's source list kept in the repository, so the check works without shared/. */
export const factSheetCopy = 'facts-md.yaml';

/** A URL as written in running text, without the punctuation after it; a closing bracket stays if it closes one. */
function trimUrl(url: string): string {
  let u = url.replace(/[.,;]+$/, '');
  while (u.endsWith(')') && (u.match(/\(/g) ?? []).length < (u.match(/\)/g) ?? []).length) u = u.slice(0, -1);
  return u;
}

/**
 * Every `- CODE citation URL` line of FACTS.md's source lists, e.g. `{ code: 'E1', citation: 'Information System
 * Authority (RIA), "Data Exchange Layer X-Road"', url: 'https://www.ria.ee/x-road' }`. A line may hold two URLs (a
 * cross-check): each is listed.
 */
export function readFactSheetSources(text: string): { code: string; citation: string; url: string }[] {
  return text.split('\n').flatMap((lineText) => {
    const m = /^- ([A-Z]{1,2}\d+) (.+)$/.exec(lineText.trim());
    if (!m?.[1] || !m[2]) return [];
    const urls = [...m[2].matchAll(/https?:\/\/\S+/g)].map((u) => trimUrl(u[0]));
    const citation = m[2]
      .replace(/https?:\/\/\S+/g, '')
      .replace(/\s*(Cite as:?|;)\s*/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return urls.map((url) => ({ code: m[1] ?? '', citation: citation.slice(0, 600) || m[1] || '', url }));
  });
}

/** A problem in a ledger file, as `npm run validate` prints it. */
export interface LedgerProblem {
  file: string;
  field: string;
  message: string;
}

/**
 * The URLs of the ledger (content/facts/*.yaml, FACTS.md's copy included) and of FACTS.md itself when present, with
 * every problem in the ledger files.
 */
export function knownSourceUrls(contentDir: string, cwd = process.cwd()): { urls: Set<string>; problems: LedgerProblem[] } {
  const urls = new Set<string>();
  const problems: LedgerProblem[] = [];
  const dir = join(contentDir, 'facts');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    : [];
  const ids = new Map<string, string>();
  for (const name of files) {
    const file = relative(cwd, join(dir, name));
    let data: unknown;
    try {
      data = parse(readFileSync(join(dir, name), 'utf8'), { customTags: ['timestamp'] });
    } catch (e) {
      problems.push({ file, field: '(file)', message: (e as Error).message.split('\n')[0] ?? 'unreadable' });
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push({ file, field: '(file)', message: 'must be a list of facts, each starting with "- id:"' });
      continue;
    }
    // Entry by entry, so one bad fact does not hide the URLs of the others.
    const schema = name === factSheetCopy ? factSheetSourceSchema : factSchema;
    data.forEach((item: unknown, i) => {
      const result = schema.safeParse(item);
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push({ file, field: fieldPath([i, ...issue.path]), message: issue.message });
        return;
      }
      const entry = result.data;
      urls.add('source' in entry ? entry.source.url : entry.url);
      if (!('id' in entry)) return;
      const other = ids.get(entry.id);
      if (other) problems.push({ file, field: `[${i}].id`, message: `"${entry.id}" is already used in ${other}` });
      ids.set(entry.id, file);
    });
  }
  const sheet = factSheetPath(join(contentDir, '..'));
  if (sheet) {
    const copied = new Set(urls);
    for (const s of readFactSheetSources(readFileSync(sheet, 'utf8'))) {
      urls.add(s.url);
      if (files.includes(factSheetCopy) && !copied.has(s.url))
        problems.push({
          file: relative(cwd, join(dir, factSheetCopy)),
          field: s.code,
          message: `${s.url} is in FACTS.md but not in this copy: run \`npm run facts:sync\``,
        });
    }
  }
  return { urls, problems };
}
