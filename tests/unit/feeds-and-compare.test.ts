import { describe, expect, it } from 'vitest';
import { atom, escapeXml } from '../../src/lib/feeds/atom.ts';
import { compareIndicators } from '../../src/lib/compare-indicators.ts';
import { articleLd, jsonLdText } from '../../src/lib/json-ld.ts';

const entry = (title: string, updated: string) => ({
  title,
  url: `https://x.org/case-studies/${title.toLowerCase()}/`,
  summary: 'A & B <c>',
  published: new Date('2026-11-27'),
  updated: new Date(updated),
  categories: [{ term: 'open-data', label: 'Open data' }],
});
const feed = {
  title: 'Case studies',
  subtitle: 'New and updated',
  url: 'https://x.org/feeds/case-studies.xml',
  page: 'https://x.org/case-studies/',
  author: 'Digital Governance Exchange',
  rights: 'CC BY 4.0',
  entries: [entry('Older', '2026-11-27'), entry('Newer', '2026-12-05')],
};

describe('Atom feeds', () => {
  const xml = atom(feed);
  it('list the most recently updated case study first', () => expect(xml.indexOf('Newer')).toBeLessThan(xml.indexOf('Older')));
  it('are updated when their newest entry was', () =>
    expect(xml).toContain('<updated>2026-12-05T00:00:00.000Z</updated>\n  <author>'));
  it('escape text', () => expect(xml).toContain('<summary>A &amp; B &lt;c&gt;</summary>'));
  it('escape all five XML special characters', () =>
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'));
});

describe('compareIndicators', () => {
  const source = {
    publisher: 'UN DESA',
    title: 'UN E-Government Survey 2024',
    year: 2024,
    url: 'https://publicadministration.un.org/egovkb/en-us/Data-Center',
  };
  const table = compareIndicators([
    { indicators: [{ indicator: 'egdi', year: 2024, value: 0.9727, source }] },
    {
      indicators: [
        { indicator: 'egdi', year: 2024, value: 0.7999, source },
        { indicator: 'egdi', year: 2022, value: 0.7265, source },
      ],
    },
  ]);
  it('gives one row per indicator and year, newest year first, one cell per country', () => {
    expect(table.rows.map((r) => [r.indicator, r.year])).toEqual([
      ['egdi', 2024],
      ['egdi', 2022],
    ]);
    expect(table.rows[1]?.cells).toEqual([undefined, { value: 0.7265, source: 1 }]);
  });
  it('numbers a source shared by several values once', () => expect(table.sources).toHaveLength(1));
});

describe('JSON-LD', () => {
  it('cannot be closed early by text holding </script>', () =>
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>'));
  it('describes a case study as an Article with its dates', () =>
    expect(
      articleLd(
        {
          title: 'T',
          summary: 'S',
          published: new Date('2026-11-27'),
          lastReviewed: new Date('2026-12-01'),
          url: 'u',
          about: 'Estonia',
          keywords: [],
        },
        'https://x.org',
      ),
    ).toMatchObject({ '@type': 'Article', datePublished: '2026-11-27', dateModified: '2026-12-01' }));
});
