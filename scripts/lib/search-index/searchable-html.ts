// A page's HTML less what Pagefind would read and throw away: <style> and <script> elements, comments, and elements
// marked data-pagefind-ignore="all" (the header, breadcrumbs, "cite this", the footer), whose text, filters and
// metadata Pagefind skips. Everything else is kept byte for byte, so Pagefind indexes the same words, filters, metadata,
// sort values and anchors from less HTML: a case study page is 30 KB, of which 9 KB is its inline stylesheet and 7 KB
// ignored navigation and citations. tests/unit/search-index.test.ts checks the index written from the shortened pages
// against one written from the pages as built.

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const rawTextTags = new Set(['script', 'style', 'textarea', 'title']);
const ignoreAll = /^\s*all\s*$/i;

/** A start or end tag found at `start`: its name (lower case), where it ends, and for a start tag its attributes. */
interface Tag {
  name: string;
  end: boolean;
  selfClosing: boolean;
  attributes: Map<string, string>;
  /** The index just past its `>`. */
  next: number;
}

/** Reads the tag that starts with the `<` at `start`, honouring quoted attribute values (which may contain `>`). */
function readTag(html: string, start: number): Tag | undefined {
  const end = html[start + 1] === '/';
  const name = /^[a-zA-Z][^\s/>]*/.exec(html.slice(start + (end ? 2 : 1), start + 64))?.[0];
  if (!name) return undefined;
  const attributes = new Map<string, string>();
  const attribute = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|\s*(\/?)>|\s*\//y;
  attribute.lastIndex = start + (end ? 2 : 1) + name.length;
  for (;;) {
    const m = attribute.exec(html);
    if (!m) return undefined; // not a tag after all (an unterminated one at the end of the file)
    if (m[0].endsWith('>'))
      return { name: name.toLowerCase(), end, selfClosing: m[5] === '/', attributes, next: attribute.lastIndex };
    if (m[1]) attributes.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
}

/** The index just past the end of a raw-text element's content and end tag (`</script>`), or the end of the file. */
function pastRawText(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[\\s/>]`, 'gi');
  close.lastIndex = from;
  const m = close.exec(html);
  if (!m) return html.length;
  const gt = html.indexOf('>', m.index);
  return gt < 0 ? html.length : gt + 1;
}

/** The index just past the element whose start tag is `tag` (at depth one), counting nested elements of its name. */
function pastElement(html: string, tag: Tag): number {
  if (tag.selfClosing || voidTags.has(tag.name)) return tag.next;
  let depth = 1;
  let at = tag.next;
  while (depth > 0) {
    const lt = html.indexOf('<', at);
    if (lt < 0) return html.length;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    const inner = readTag(html, lt);
    if (!inner) {
      at = lt + 1;
      continue;
    }
    at = inner.next;
    if (!inner.end && rawTextTags.has(inner.name)) at = pastRawText(html, inner.name, at);
    else if (inner.name === tag.name && !inner.selfClosing) depth += inner.end ? -1 : 1;
  }
  return at;
}

/**
 * The page without its style and script elements, comments and data-pagefind-ignore="all" elements.
 * @example searchableHtml('<header data-pagefind-ignore="all">Menu</header><main>Text</main>') // '<main>Text</main>'
 */
export function searchableHtml(html: string): string {
  const kept: string[] = [];
  let from = 0;
  let at = 0;
  const drop = (start: number, next: number) => {
    kept.push(html.slice(from, start));
    from = at = next;
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      drop(lt, close < 0 ? html.length : close + 3);
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag || tag.end) {
      at = tag ? tag.next : lt + 1;
      continue;
    }
    if (tag.name === 'script' || tag.name === 'style') drop(lt, pastRawText(html, tag.name, tag.next));
    else if (ignoreAll.test(tag.attributes.get('data-pagefind-ignore') ?? '')) drop(lt, pastElement(html, tag));
    else at = rawTextTags.has(tag.name) ? pastRawText(html, tag.name, tag.next) : tag.next;
  }
  kept.push(html.slice(from));
  return kept.join('');
}
