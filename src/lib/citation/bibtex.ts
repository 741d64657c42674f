import { dateParts, type CitableWork, type Part } from './work.ts';

/** Escapes BibTeX's special characters: `escapeBibtex('R&D 50%')` → `'R\\&D 50\\%'`. */
export const escapeBibtex = (s: string): string => s.replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}');

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A BibTeX `@misc` entry (biblatex reads `version`, `urldate`), the corporate author braced so it is not split
 * into first and last names.
 * @example toPlainText(bibtex(work), '2026-11-28').split('\n')[0] // '@misc{dge-p3,'
 */
export function bibtex(w: CitableWork): Part[] {
  const d = dateParts(w.date);
  const field = (name: string, value: string) => `  ${name.padEnd(12)} = {${value}},\n`;
  const title = w.container ? `${w.container}: ${w.title}` : w.title;
  return [
    {
      text:
        `@misc{${w.key},\n` +
        field('author', `{${escapeBibtex(w.publisher)}}`) +
        field('title', `{${escapeBibtex(title)}}`) +
        (w.kind ? field('type', escapeBibtex(w.kind)) : '') +
        (w.version ? field('version', w.version) : '') +
        field('publisher', escapeBibtex(w.publisher)) +
        field('year', String(d.year)) +
        `  ${'month'.padEnd(12)} = ${monthNames[Number(d.mm) - 1] ?? ''},\n` +
        field('date', `${d.year}-${d.mm}-${d.dd}`) +
        field('url', w.url) +
        `  ${'urldate'.padEnd(12)} = {`,
    },
    { accessed: 'bibtex' },
    { text: `},\n  ${'note'.padEnd(12)} = {Licence: ${escapeBibtex(w.licence)}}\n}` },
  ];
}
