import { dateParts, type CitableWork, type Part } from './work.ts';

/**
 * APA 7 reference for a web page by a corporate author that is also the site, so the site name is not repeated.
 * A page inside the framework is cited like a chapter: "Title. In *Framework* (Version 0.1.0)."
 * @example toPlainText(apa(work), 'November 28, 2026')
 * // 'Digital Governance Exchange. (2026, November 27). P3: Transparency. In Global Data Governance Framework
 * //  (Version 0.1.0). Retrieved November 28, 2026, from https://exchange.example.org/framework/p3/'
 */
export function apa(w: CitableWork): Part[] {
  const d = dateParts(w.date);
  const version = w.version ? ` (Version ${w.version})` : '';
  const kind = w.kind ? ` [${w.kind}]` : '';
  const body: Part[] = w.container
    ? [{ text: `${w.title}. In ` }, { text: w.container, italic: true }, { text: `${version}${kind}. ` }]
    : [{ text: w.title, italic: true }, { text: `${version}${kind}. ` }];
  return [
    { text: `${w.publisher}. (${d.year}, ${d.month} ${d.day}). ` },
    ...body,
    { text: 'Retrieved ' },
    { accessed: 'apa' },
    { text: `, from ${w.url}` },
  ];
}
