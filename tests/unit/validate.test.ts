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

  it('reports a case study that answers a challenge that does not exist', () => {
    expect(problems).toContain(`${base}/case-studies/unread-source.md: challenges[0].challenge: no challenge "ghost-challenge"`);
  });

  it('reports a broken reference from a principle to a case study that does not exist', () => {
    expect(problems).toContain(`${base}/principles/p1-privacy.md: caseStudies[0]: no case study "ghost-case"`);
  });

  it('reports a change log entry naming a principle that does not exist', () => {
    expect(problems).toContain(`${base}/framework/changelog.yaml: [1].changes[0].affects[2]: no principle or clause "P9"`);
  });

  it('reports a clause introduced in a version the change log does not have', () => {
    expect(problems).toContain(
      `${base}/principles/p1-duplicate.md: clauses[1].introducedIn: version 0.3.0 is not in ${base}/framework/changelog.yaml`,
    );
  });

  it('reports a clause whose change version does not list it in the change log', () => {
    expect(problems).toContain(
      `${base}/principles/p2-short-url.md: clauses[0].changedIn: ${base}/framework/changelog.yaml does not list P2.1 under version 0.2.0`,
    );
  });

  it('reports a principle slug that would collide with a short URL', () => {
    expect(problems).toContain(`${base}/principles/p2-short-url.md: slug: "p2" is reserved for a framework page or short URL`);
  });

  it('refuses a case study whose source URL is in neither FACTS.md nor the fact ledger, naming the field and URL', () => {
    expect(problems).toContain(
      `${base}/case-studies/unread-source.md: sources[0].url: https://example.org/never-read is in neither FACTS.md nor the fact ledger: add the fact you read there to content/facts/<country>.yaml`,
    );
  });

  it('accepts a source URL once the ledger records a fact read there', () => {
    expect(problems.filter((p) => p.includes('https://www.ria.ee/x-road'))).toEqual([]);
  });

  it('reports a ledger fact with no excerpt, by its place in the file', () => {
    expect(problems.some((p) => p.startsWith(`${base}/facts/est.yaml: [2].excerpt: `))).toBe(true);
  });

  it('finds nothing else: every problem it reports was planted', () => {
    expect(problems).toHaveLength(15);
  });
});

describe('the published content', () => {
  const problems = validateContent('content').map(formatProblem);

  it('passes validate with no problems', () => {
    expect(problems).toEqual([]);
  });
});
