// The published content is broad enough to browse and every case is honest about its sources and its failures
// (issue 12): read from the files in content/, as the build reads them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../scripts/lib/frontmatter.ts';
import { themes } from '../../src/schemas/vocabularies.ts';

const read = (folder: string) =>
  readdirSync(join('content', folder))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => ({ id: f.replace(/\.md$/, ''), ...parseFrontmatter(readFileSync(join('content', folder, f), 'utf8')) }));

interface CaseData {
  country: string;
  themes: string[];
  sources: unknown[];
  whatDidnt: string[];
  challenges?: { challenge: string }[];
}
const cases = read('case-studies').map((c) => ({ id: c.id, data: c.data as unknown as CaseData }));
const countries = read('countries');
const challenges = read('challenges');

describe('the breadth of the published content', () => {
  it('has at least 12 country profiles', () => expect(countries.length).toBeGreaterThanOrEqual(12));

  it('has at least 50 case studies', () => expect(cases.length).toBeGreaterThanOrEqual(50));

  it.each(countries.map((c) => c.id))('has at least 3 case studies from %s', (id) =>
    expect(cases.filter((c) => c.data.country === id).map((c) => c.id).length).toBeGreaterThanOrEqual(3),
  );

  it.each([...themes.ids])('has at least 2 case studies on the theme %s', (theme) =>
    expect(cases.filter((c) => c.data.themes.includes(theme)).length).toBeGreaterThanOrEqual(2),
  );

  it.each(cases.map((c) => [c.id, c.data] as const))('cites at least 2 sources and says what did not work in %s', (_, d) => {
    expect(d.sources.length).toBeGreaterThanOrEqual(2);
    expect(d.whatDidnt.length).toBeGreaterThanOrEqual(1);
  });

  it('has at least six challenges, the presentation’s two among them', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(6);
    expect(challenges.map((c) => c.id)).toEqual(
      expect.arrayContaining(['bridging-the-digital-divide', 'building-a-data-driven-culture']),
    );
  });

  it.each(challenges.map((c) => c.id))(
    'answers the challenge %s with at least 3 case studies from at least 2 countries',
    (id) => {
      const answers = cases.filter((c) => (c.data.challenges ?? []).some((l) => l.challenge === id));
      expect(answers.length).toBeGreaterThanOrEqual(3);
      expect(new Set(answers.map((c) => c.data.country)).size).toBeGreaterThanOrEqual(2);
    },
  );
});
