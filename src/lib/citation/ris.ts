import { dateParts, type CitableWork, type Part } from './work.ts';

/**
 * An RIS record (type ELEC, a web page) for reference managers such as Zotero, EndNote and Mendeley.
 * @example toPlainText(ris(work), '2026/11/28').split('\n').slice(0, 2) // ['TY  - ELEC', 'AU  - Digital Governance Exchange']
 */
export function ris(w: CitableWork): Part[] {
  const d = dateParts(w.date);
  const tag = (name: string, value: string) => `${name}  - ${value}\n`;
  return [
    {
      text:
        tag('TY', 'ELEC') +
        tag('AU', w.publisher) +
        tag('TI', w.title) +
        (w.container ? tag('T2', w.container) : '') +
        (w.kind ? tag('M3', w.kind) : '') +
        (w.version ? tag('ET', w.version) : '') +
        tag('PB', w.publisher) +
        tag('PY', String(d.year)) +
        tag('DA', `${d.year}/${d.mm}/${d.dd}`) +
        tag('UR', w.url) +
        'Y2  - ',
    },
    { accessed: 'ris' },
    { text: `\n${tag('N1', `Licence: ${w.licence}`)}ER  - ` },
  ];
}
