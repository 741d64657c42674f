// Pagefind cuts an excerpt as a window of words around the matches, so it often starts in the middle of a sentence
// or of the line above the title ("minutes. Connectivity through …"). Results read better from a sentence's start.

// A sentence end or a separator: "minutes. ", "study · ".
const boundary = /(?:[.!?:;]|(?:^|\s)·)\s+/g;

/**
 * Starts an excerpt (Pagefind's HTML, matches in <mark>) at the sentence holding its first match; where that
 * sentence began before the excerpt, an ellipsis says so.
 * @example excerptStart('30 minutes. Connectivity through <mark>partnership</mark>') // 'Connectivity through <mark>partnership</mark>'
 * @example excerptStart('the <mark>network</mark> was built') // '… the <mark>network</mark> was built'
 */
export function excerptStart(html: string): string {
  const first = html.indexOf('<mark>');
  const head = first < 0 ? html : html.slice(0, first);
  let cut = -1;
  for (const m of head.matchAll(boundary)) cut = m.index + m[0].length;
  if (cut > 0) return html.slice(cut);
  return /^\s*[\p{Ll}\d]/u.test(html.replace(/^<mark>/, '')) && !/^<mark>/.test(html) ? `… ${html.trimStart()}` : html;
}
