/**
 * What a citation needs to know about a page, whatever the style.
 * @example { title: 'P3: Transparency', container: 'Global Data Governance Framework', version: '0.1.0',
 *   date: new Date('2026-11-27'), url: 'https://exchange.example.org/framework/p3/', publisher: 'Digital Governance Exchange',
 *   licence: 'CC BY 4.0', key: 'dge-p3' }
 */
export interface CitableWork {
  title: string;
  /** The larger work it belongs to, e.g. the framework; omitted for standalone pages. */
  container?: string | undefined;
  /** A genre word shown in brackets in APA, e.g. 'Case study'. */
  kind?: string | undefined;
  /** The framework version (semver), when the work is versioned. */
  version?: string | undefined;
  /** The date of the version cited: the release date, or the date an editor last reviewed the page. */
  date: Date;
  /** The stable, absolute URL to cite. */
  url: string;
  /** Author and publisher: the site, as a corporate author. */
  publisher: string;
  licence: string;
  /** A BibTeX key, kebab-case, e.g. `dge-p3-2`. */
  key: string;
}

/** Citation styles, in the order they are shown. */
export const citationStyles = ['apa', 'chicago', 'bibtex', 'ris'] as const;
export type CitationStyle = (typeof citationStyles)[number];

/**
 * A piece of a formatted citation: text (italic where the style wants it) or the reader's access date, which only
 * the reader's browser knows; without JavaScript a placeholder stands in for it.
 */
export type Part = { text: string; italic?: boolean } | { accessed: CitationStyle };

/** A citation as plain text, with `accessed` put where the access date goes. */
export const toPlainText = (parts: readonly Part[], accessed: string): string =>
  parts.map((p) => ('text' in p ? p.text : accessed)).join('');

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `{ year: 2026, month: 'November', day: 27, mm: '11', dd: '27' }` for a UTC date, so the build zone never shifts a day. */
export function dateParts(date: Date) {
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  return {
    year: date.getUTCFullYear(),
    month: months[m] ?? '',
    day: d,
    mm: String(m + 1).padStart(2, '0'),
    dd: String(d).padStart(2, '0'),
  };
}
