import { dateParts, type CitableWork, type Part } from './work.ts';

/**
 * Chicago (17th ed.) bibliography entry for a web page: author, "title", the larger work and version, the date of
 * the version, the access date and the URL.
 * @example toPlainText(chicago(work), 'November 28, 2026')
 * // 'Digital Governance Exchange. "P3: Transparency." Global Data Governance Framework, version 0.1.0.
 * //  November 27, 2026. Accessed November 28, 2026. https://exchange.example.org/framework/p3/.'
 */
export function chicago(w: CitableWork): Part[] {
  const d = dateParts(w.date);
  const where: Part[] = w.container
    ? [{ text: w.container, italic: true }, { text: w.version ? `, version ${w.version}. ` : '. ' }]
    : [{ text: `${w.kind ? `${w.kind}. ` : ''}${w.version ? `Version ${w.version}. ` : ''}` }];
  return [
    { text: `${w.publisher}. “${w.title}.” ` },
    ...where,
    { text: `${d.month} ${d.day}, ${d.year}. Accessed ` },
    { accessed: 'chicago' },
    { text: `. ${w.url}.` },
  ];
}
