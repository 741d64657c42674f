import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../scripts/lib/validate-content.ts';

describe('npm run validate', () => {
  const problems = validateContent('tests/fixtures/broken-site').map(formatProblem);
  const base = 'tests/fixtures/broken-site';

  it.each([
    [`${base}/case-studies/atlantis-case.md: country: no country "atlantis"`],
    [`${base}/principles/p1-privacy.md: id: another principle already has the ID "P1"`],
    [`${base}/case-studies/no-alt.md: body: image chart.png has no alt text`],
    [`${base}/countries/Estonia.md: (file name): "Estonia" is not an ISO 3166-1 alpha-3 code in lower case`],
    [`${base}/training/orphan/01-lost.md: (folder): lesson has no module: orphan/index.md is missing`],
    [
      `${base}/training/course/02-second.md: order: lesson order in course must run 1, 2, 3 … without gaps or repeats; found 1, 3`,
    ],
  ])('reports %s', (line) => {
    expect(problems).toContain(line);
  });

  it('reports a frontmatter that is not YAML with its file', () => {
    expect(problems.some((p) => p.startsWith(`${base}/case-studies/bad-yaml.md: (frontmatter): `))).toBe(true);
  });

  it('reports a broken reference from a principle to a case study that does not exist', () => {
    expect(problems).toContain(`${base}/principles/p1-privacy.md: caseStudies[0]: no case study "ghost-case"`);
  });

  it('finds nothing else: every problem it reports was planted', () => {
    expect(problems).toHaveLength(8);
  });
});

describe('the published content', () => {
  const problems = validateContent('content').map(formatProblem);

  it('passes validate with no problems', () => {
    expect(problems).toEqual([]);
  });
});
