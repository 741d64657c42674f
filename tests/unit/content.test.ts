import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../scripts/lib/frontmatter.ts';

// Completeness checks over the real published content (issue "Launch content"); the schema checks shape, these check coverage.
const read = (path: string) => ({ path, ...parseFrontmatter(readFileSync(path, 'utf8')) });
const folder = (dir: string) =>
  readdirSync(join('content', dir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => read(join('content', dir, f)));
type Data = Record<string, unknown>;
const list = (d: Data, key: string) => (d[key] as unknown[] | undefined) ?? [];

const cases = folder('case-studies');
const countries = folder('countries');
const principles = folder('principles');
const modules = readdirSync('content/training').map((m) => ({
  id: m,
  index: read(`content/training/${m}/index.md`),
  lessons: readdirSync(`content/training/${m}`)
    .filter((f) => /^\d/.test(f))
    .map((f) => read(`content/training/${m}/${f}`)),
}));
const words = (body: string) => body.split(/\s+/).filter(Boolean).length;

describe('case studies', () => {
  it('number at least 12, at least 2 for each of Estonia, Singapore, Korea and Uzbekistan', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const c of ['est', 'sgp', 'kor', 'uzb'])
      expect(cases.filter((e) => e.data['country'] === c).length, c).toBeGreaterThanOrEqual(2);
  });

  it.each(cases.map((c) => [c.path, c] as const))(
    '%s has sources, two-sided verdicts, lessons, principles and the four sections',
    (_, c) => {
      expect(list(c.data, 'sources').length).toBeGreaterThanOrEqual(2);
      expect(list(c.data, 'whatWorked').length).toBeGreaterThanOrEqual(2);
      expect(list(c.data, 'whatDidnt').length).toBeGreaterThanOrEqual(2);
      expect(list(c.data, 'lessons').length).toBeGreaterThanOrEqual(2);
      expect(list(c.data, 'principles').length).toBeGreaterThanOrEqual(1);
      expect(c.body.match(/^## (.+)$/gm)?.map((h) => h.slice(3).trim())).toEqual([
        'Context',
        'What was done',
        'Results',
        'Lessons',
      ]);
    },
  );

  it('are each illustrated by at least one principle, from either side of the link', () => {
    const fromPrinciples = new Set(principles.flatMap((p) => list(p.data, 'caseStudies') as string[]));
    const orphans = cases.filter(
      (c) => !fromPrinciples.has(c.path.split('/').pop()!.replace('.md', '')) && list(c.data, 'principles').length === 0,
    );
    expect(orphans.map((c) => c.path)).toEqual([]);
  });
});

describe('country profiles', () => {
  it('cover the first five countries and the eight of the fact sheet supplement, twelve or more', () => {
    const files = countries.map((c) => c.path.split('/').pop());
    for (const iso of ['dnk', 'est', 'kor', 'sgp', 'uzb', 'ukr', 'ind', 'rwa', 'kaz', 'bra', 'gbr', 'mda', 'ken'])
      expect(files).toContain(`${iso}.md`);
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(countries.map((c) => [c.path, c] as const))(
    '%s gives EGDI rank, EGDI, OSI, HCI and TII for 2022 and 2024, each with a source',
    (_, c) => {
      const values = list(c.data, 'indicators') as { indicator: string; year: number; source?: { url?: string } }[];
      for (const year of [2022, 2024])
        for (const ind of ['egdi-rank', 'egdi', 'osi', 'hci', 'tii'])
          expect(
            values.some((v) => v.indicator === ind && v.year === year),
            `${ind} ${year}`,
          ).toBe(true);
      for (const v of values) expect(v.source?.url, `${v.indicator} ${v.year}`).toMatch(/^https?:\/\//);
      const sentences = String(c.data['summary']).split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      expect(sentences).toBeGreaterThanOrEqual(3);
      expect(sentences).toBeLessThanOrEqual(5);
    },
  );

  it("give Uzbekistan's urban and rural internet use for 2021 to 2024", () => {
    const uzb = countries.find((c) => c.path.endsWith('uzb.md'))!;
    const values = list(uzb.data, 'indicators') as { indicator: string; year: number }[];
    for (const year of [2021, 2022, 2023, 2024])
      for (const ind of ['internet-use-urban', 'internet-use-rural'])
        expect(
          values.some((v) => v.indicator === ind && v.year === year),
          `${ind} ${year}`,
        ).toBe(true);
  });
});

describe('the framework', () => {
  it('has seven principles P1 to P7, each with 3 to 6 clauses', () => {
    expect(principles.map((p) => p.data['id']).sort()).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
    for (const p of principles) {
      const n = list(p.data, 'clauses').length;
      expect(n, String(p.data['id'])).toBeGreaterThanOrEqual(3);
      expect(n, String(p.data['id'])).toBeLessThanOrEqual(6);
    }
  });
});

describe('training', () => {
  it('has at least three modules of at least three lessons', () => {
    expect(modules.length).toBeGreaterThanOrEqual(3);
    for (const m of modules) expect(m.lessons.length, m.id).toBeGreaterThanOrEqual(3);
  });

  it.each(modules.flatMap((m) => m.lessons.map((l) => [l.path, l] as const)))(
    '%s has 600–1,200 words, objectives, a worked example and 3+ questions',
    (_, l) => {
      expect(words(l.body)).toBeGreaterThanOrEqual(600);
      expect(words(l.body)).toBeLessThanOrEqual(1200);
      expect(list(l.data, 'objectives').length).toBeGreaterThanOrEqual(1);
      expect(l.body).toMatch(/^## Worked example/m);
      expect(list(l.data, 'selfCheck').length).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('unverified claims', () => {
  // FACTS.md marks these UNVERIFIED: they may appear only attributed to the presentation.
  const everything = [...cases, ...countries, ...principles, ...modules.flatMap((m) => [m.index, ...m.lessons])];
  // Units of meaning: each sentence of a body or text field, and each structured item (a question with its options) whole.
  const units = (value: unknown): string[] =>
    typeof value === 'string'
      ? value.split(/(?<=[.!?])\s+/)
      : Array.isArray(value)
        ? value.flatMap((v) => (typeof v === 'object' && v !== null ? [Object.values(v).join(' ')] : units(v)))
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(units)
          : [];
  const sentencesWith = (needle: RegExp) =>
    everything.flatMap((e) =>
      [...units(e.data), ...units(e.body)].filter((s) => needle.test(s)).map((s) => ({ path: e.path, s })),
    );

  it.each([
    ['the 670 e-services figure', /\b670\b/],
    ["Estonia's satellite technology", /satellite/i],
  ])('%s is always attributed to the presentation', (_, needle) => {
    // Attributed, or stating that no source supports it.
    const unattributed = sentencesWith(needle).filter(
      ({ s }) =>
        !/presentation|the Center|claim|presenter|not verified|unverified|was not found|no .+ (was|has been) found/i.test(s),
    );
    expect(unattributed).toEqual([]);
  });
});
