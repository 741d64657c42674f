// Atom 1.0 (RFC 4287) feeds, written as text: a feed is small and fixed in shape, so no XML library is needed.

/** One entry: a case study, `updated` being its last review and `published` its first publication. */
export interface FeedEntry {
  title: string;
  url: string;
  summary: string;
  published: Date;
  updated: Date;
  categories: readonly { term: string; label: string }[];
}

/** A feed's own details. `url` is the feed's address, `page` the HTML page it follows. */
export interface Feed {
  title: string;
  subtitle: string;
  url: string;
  page: string;
  author: string;
  rights: string;
  entries: readonly FeedEntry[];
}

/** Escapes the five XML special characters: `escapeXml('R&D <x>')` → `'R&amp;D &lt;x&gt;'`. */
export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/**
 * The feed as Atom XML, newest update first; the feed's `updated` is its newest entry's.
 * @example atom({ title: 'Case studies', … entries: [] }).startsWith('<?xml') // true
 */
export function atom(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => +b.updated - +a.updated || a.title.localeCompare(b.title));
  const newest = entries[0]?.updated ?? new Date(0);
  const x = escapeXml;
  const entry = (e: FeedEntry) => `  <entry>
    <id>${x(e.url)}</id>
    <title>${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
    <published>${e.published.toISOString()}</published>
    <updated>${e.updated.toISOString()}</updated>
    <summary>${x(e.summary)}</summary>
${e.categories.map((c) => `    <category term="${x(c.term)}" label="${x(c.label)}"/>\n`).join('')}  </entry>
`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${x(feed.url)}</id>
  <title>${x(feed.title)}</title>
  <subtitle>${x(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(feed.url)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.page)}"/>
  <updated>${newest.toISOString()}</updated>
  <author><name>${x(feed.author)}</name></author>
  <rights>${x(feed.rights)}</rights>
${entries.map(entry).join('')}</feed>
`;
}
