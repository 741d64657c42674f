// The sort values a page declares with `data-pagefind-sort="key[attribute]"`, read from its HTML. Merging the shards'
// sort orders needs the values themselves, which Pagefind keeps to itself; the merge then checks that every shard's own
// order agrees with them (scripts/lib/search-index/merge-sorts.ts).

const attribute = 'data-pagefind-sort';
const sortTag = /^<[a-z][^>]*?\sdata-pagefind-sort=(?:"([^"]*)"|'([^']*)')[^>]*>$/i;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name[0] !== '#'
      ? (entities[name.toLowerCase()] ?? whole)
      : String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))),
  );

/**
 * A page's sort values by key, e.g. `{ date: '2024-05-01' }` for `<data value="2024-05-01" data-pagefind-sort="date[value]">`.
 * Throws on the other forms Pagefind accepts (a key alone, taking the element's text; several keys), which this reader
 * does not support.
 */
export function sortValues(html: Buffer, file: string): Record<string, string> {
  const values: Record<string, string> = {};
  // Only the tags carrying the attribute are decoded: most pages have one, near the start of their content.
  for (let at = html.indexOf(attribute); at >= 0; at = html.indexOf(attribute, at + attribute.length)) {
    const tag = html.toString('utf8', html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
    const match = sortTag.exec(tag);
    if (!match) continue;
    const spec = decode(match[1] ?? match[2] ?? '');
    const parts = /^\s*([^:[\]]+)\[([^\]]+)\]\s*$/.exec(spec);
    if (!parts?.[1] || !parts[2] || spec.includes(','))
      throw new Error(`${file}: data-pagefind-sort="${spec}": only the key[attribute] form is supported`);
    const name = parts[2].replace(/[^\w-]/g, '');
    const value = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
    if (value) values[parts[1].trim()] = decode(value[1] ?? value[2] ?? '');
  }
  return values;
}
