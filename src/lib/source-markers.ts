/** A run of text or a numbered source marker such as "[2]". */
export type MarkerPart = { text: string } | { source: number };

const marker = /\[(\d{1,2})\]/g;

/**
 * Splits text at its "[n]" source markers, so a page can link each to its numbered source.
 * @example splitSourceMarkers('Launched in 2001 [1].') // [{ text: 'Launched in 2001 ' }, { source: 1 }, { text: '.' }]
 */
export function splitSourceMarkers(text: string): MarkerPart[] {
  const parts: MarkerPart[] = [];
  let last = 0;
  for (const m of text.matchAll(marker)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ source: Number(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * Removes "[n]" markers where the numbered sources are not on the page (e.g. a lesson quoted on a country page).
 * @example stripSourceMarkers('Audit it [4].') // 'Audit it.'
 */
export const stripSourceMarkers = (text: string): string => text.replace(/\s*(\[\d{1,2}\])+/g, '');
