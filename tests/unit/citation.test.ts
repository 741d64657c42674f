import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/lib/citation/format.ts';
import { formatAccessDate } from '../../src/lib/citation/access-date.ts';
import { escapeBibtex } from '../../src/lib/citation/bibtex.ts';
import { caseStudyWork, clauseWork, principleWork } from '../../src/lib/citation/works.ts';
import { citationStyles, toPlainText, type CitationStyle } from '../../src/lib/citation/work.ts';

const site = 'https://exchange.example.org';
const release = { title: 'Global Data Governance Framework', version: '0.1.0', date: new Date('2026-11-27') };
const principle = principleWork({ id: 'P3', title: 'Transparency' }, release, site);
const clause = clauseWork('P3.2', { id: 'P3', title: 'Transparency' }, release, site, 'Clause P3.2 (P3: Transparency)');
const caseStudy = caseStudyWork(
  'est-x-road-once-only',
  { title: 'X-Road and the once-only principle', lastReviewed: new Date('2026-11-27') },
  site,
  'Case study',
);
const cite = (style: CitationStyle, work = principle) => toPlainText(formatCitation(style, work), '[accessed]');

describe('citations of the framework', () => {
  it.each(citationStyles)('%s names the version and the permanent short URL of a principle', (style) => {
    expect(cite(style)).toContain('0.1.0');
    expect(cite(style)).toContain('https://exchange.example.org/framework/p3/');
    expect(cite(style)).toContain('Digital Governance Exchange');
  });

  it.each(citationStyles)('%s cites a clause at its own short URL', (style) => {
    expect(cite(style, clause)).toContain('https://exchange.example.org/framework/p3-2/');
    expect(cite(style, clause)).toContain('Clause P3.2');
    expect(cite(style, clause)).toContain('0.1.0');
  });

  it('APA 7 puts the date after the author, the framework as the larger work and the retrieval date last', () =>
    expect(cite('apa')).toBe(
      'Digital Governance Exchange. (2026, November 27). P3: Transparency. In Global Data Governance Framework ' +
        '(Version 0.1.0). Retrieved [accessed], from https://exchange.example.org/framework/p3/',
    ));

  it('APA 7 italicises the framework title, not the principle', () =>
    expect(formatCitation('apa', principle).filter((p) => 'italic' in p && p.italic)).toEqual([
      { text: 'Global Data Governance Framework', italic: true },
    ]));

  it('Chicago quotes the title and gives version, date and access date', () =>
    expect(cite('chicago')).toBe(
      'Digital Governance Exchange. “P3: Transparency.” Global Data Governance Framework, version 0.1.0. ' +
        'November 27, 2026. Accessed [accessed]. https://exchange.example.org/framework/p3/.',
    ));

  it('BibTeX is a @misc entry whose corporate author is braced so it is not split into names', () => {
    const text = cite('bibtex');
    expect(text.split('\n')[0]).toBe('@misc{dge-p3,');
    expect(text).toMatch(/author\s+= \{\{Digital Governance Exchange\}\},/);
    expect(text).toMatch(/version\s+= \{0\.1\.0\},/);
    expect(text).toMatch(/urldate\s+= \{\[accessed\]\},/);
    expect(text.trim().endsWith('}')).toBe(true);
  });

  it('RIS is an ELEC record with edition, URL and access date, ending with ER', () => {
    const lines = cite('ris').split('\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('ET  - 0.1.0');
    expect(lines).toContain('UR  - https://exchange.example.org/framework/p3/');
    expect(lines).toContain('Y2  - [accessed]');
    expect(lines.at(-1)).toBe('ER  - ');
  });
});

describe('citations of a case study', () => {
  it.each(citationStyles)('%s gives the review date and the stable URL', (style) => {
    expect(cite(style, caseStudy)).toContain('https://exchange.example.org/case-studies/est-x-road-once-only/');
    expect(cite(style, caseStudy)).toMatch(/2026/);
  });

  it('APA 7 italicises the title and names the genre in brackets', () =>
    expect(cite('apa', caseStudy)).toContain('(2026, November 27). X-Road and the once-only principle [Case study]. Retrieved'));
});

describe('access dates', () => {
  const day = new Date(2026, 10, 28);
  it('APA and Chicago write month day, year', () => {
    expect(formatAccessDate('apa', day)).toBe('November 28, 2026');
    expect(formatAccessDate('chicago', day)).toBe('November 28, 2026');
  });
  it('BibTeX writes an ISO date and RIS year/month/day', () => {
    expect(formatAccessDate('bibtex', day)).toBe('2026-11-28');
    expect(formatAccessDate('ris', day)).toBe('2026/11/28');
  });
});

describe('escapeBibtex', () => {
  it('escapes the characters BibTeX treats as commands', () =>
    expect(escapeBibtex('R&D 50% #1 a_b')).toBe('R\\&D 50\\% \\#1 a\\_b'));
});
