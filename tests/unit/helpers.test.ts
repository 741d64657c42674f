import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/lib/is-safe-url.ts';
import { formatIndicator } from '../../src/lib/format-indicator.ts';
import { byPrincipleId } from '../../src/lib/by-principle-id.ts';
import { egdiGroup } from '../../src/lib/egdi-group.ts';
import { groupedBars } from '../../src/lib/grouped-bars.ts';
import { pivotIndicators } from '../../src/lib/pivot-indicators.ts';
import { lessonId } from '../../src/schemas/collections.ts';
import { clauseAnchor } from '../../src/lib/urls.ts';
import { splitSourceMarkers, stripSourceMarkers } from '../../src/lib/source-markers.ts';
import { t, tp } from '../../src/i18n/t.ts';
import en from '../../src/i18n/en.json';

describe('isSafeUrl', () => {
  it.each(['https://www.ria.ee/x-road', 'http://elasa.ee/', 'mailto:editors@example.org', '/framework/', '#p3-2', 'chart.png'])(
    'allows %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x'])(
    'refuses %s',
    (url) => expect(isSafeUrl(url)).toBe(false),
  );
});

describe('formatIndicator', () => {
  it('shows an index to four decimals, keeping trailing zeros as published', () =>
    expect(formatIndicator('osi', 1)).toBe('1.0000'));
  it('shows a rank as a whole number', () => expect(formatIndicator('egdi-rank', 63)).toBe('63'));
  it('shows internet use as a percentage with one decimal', () =>
    expect(formatIndicator('internet-use-urban', 94)).toBe('94.0%'));
});

describe('principle and clause IDs', () => {
  it('sort numerically so P10 follows P9', () => expect(['P10', 'P2', 'P9'].sort(byPrincipleId)).toEqual(['P2', 'P9', 'P10']));
  it('sort clauses numerically so P3.10 follows P3.9', () =>
    expect(['P3.10', 'P3.9', 'P3.1'].sort(byPrincipleId)).toEqual(['P3.1', 'P3.9', 'P3.10']));
  it('turn into lower-case anchors', () => expect(clauseAnchor('P3.2')).toBe('p3-2'));
});

describe('lesson IDs', () => {
  it('drop the order prefix so reordering lessons keeps their URLs', () =>
    expect(lessonId('data-literacy/01-why-data.md', {})).toBe('data-literacy/why-data'));
});

describe('charts and tables', () => {
  const source = { publisher: 'UN DESA', title: 'Survey', year: 2024, url: 'https://example.org/a' };
  it('lays out a bar in proportion to its value', () => {
    const [bar] = groupedBars([{ label: 'EGDI', bars: [{ series: '2024', value: 0.5 }] }], { width: 100, height: 50, max: 1 });
    expect(bar).toMatchObject({ height: 25, y: 25 });
  });
  it('pivots indicators into years and numbers each distinct source once', () => {
    const table = pivotIndicators([
      { indicator: 'egdi', year: 2024, value: 0.97, source },
      { indicator: 'egdi', year: 2022, value: 0.93, source: { ...source, url: 'https://example.org/b' } },
      { indicator: 'osi', year: 2024, value: 0.99, source },
    ]);
    expect(table.years).toEqual([2022, 2024]);
    expect(table.rows.map((r) => r.indicator)).toEqual(['egdi', 'osi']);
    expect(table.rows[1]?.cells).toEqual([undefined, { value: 0.99, source: table.rows[0]?.cells[1]?.source }]);
    expect(table.sources).toHaveLength(2);
  });
});

describe('UI strings', () => {
  it('fill placeholders', () => expect(t('framework.version', { version: '0.1.0' })).toBe('Version 0.1.0'));
  it('choose the plural form from Intl.PluralRules', () => {
    expect(tp('caseStudies.count', 1)).toBe('1 case study');
    expect(tp('caseStudies.count', 17)).toBe('17 case studies');
  });
  it('give every plural key both a one and an other form', () => {
    const keys = Object.keys(en);
    const bases = keys.filter((k) => k.endsWith('.one')).map((k) => k.slice(0, -4));
    for (const b of bases) expect(keys).toContain(`${b}.other`);
  });
});

describe('source markers', () => {
  it('split text at each [n] so it can link to the numbered source', () =>
    expect(splitSourceMarkers('Launched in 2001 [1][2].')).toEqual([
      { text: 'Launched in 2001 ' },
      { source: 1 },
      { source: 2 },
      { text: '.' },
    ]));
  it('are removed where the sources list is not on the page', () =>
    expect(stripSourceMarkers('Audit it [4][5].')).toBe('Audit it.'));
});

describe('egdiGroup', () => {
  // FACTS.md [S5]: Very High above 0.75, High 0.50–0.75, Middle 0.25–0.50, Low below 0.25.
  it.each([
    [0.7999, 'very-high'],
    [0.77195, 'very-high'],
    [0.75, 'high'],
    [0.7251, 'high'],
    [0.5, 'high'],
    [0.4999, 'middle'],
    [0.25, 'middle'],
    [0.2499, 'low'],
  ] as const)('puts %s in %s', (value, group) => expect(egdiGroup(value)).toBe(group));
});
