// What the indexing reads from a page's HTML itself, on its bytes: whether it marks its content with
// data-pagefind-body, and the sort values it declares (sort-values.ts). Most pages are searched, not parsed.

const body = Buffer.from('data-pagefind-body');
const space = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d]);

/**
 * Whether the page has an element with a data-pagefind-body attribute: the name inside a tag, after white space and
 * followed by white space, `=`, `>` or `/`. Text that merely mentions it (escaped as &lt;…) does not count.
 * @example hasBody(Buffer.from('<article data-pagefind-body class="x">')) // true
 */
export function hasBody(html: Buffer): boolean {
  for (let at = html.indexOf(body); at >= 0; at = html.indexOf(body, at + body.length)) {
    const after = html[at + body.length] ?? 0;
    const inTag = html.lastIndexOf(0x3c, at) > html.lastIndexOf(0x3e, at); // a '<' since the last '>'
    if (inTag && space.has(html[at - 1] ?? 0) && (space.has(after) || after === 0x3d || after === 0x3e || after === 0x2f))
      return true;
  }
  return false;
}
