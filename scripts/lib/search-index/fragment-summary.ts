// What the merge needs from a page's fragment (fragment/<hash>.pf_fragment, Pagefind's JSON of the page): its URL,
// title and filters, without parsing the page's text in between. Pagefind writes the fields in a fixed order:
// {"url":…,"content":…,"word_count":…,"filters":…,"meta":…,"anchors":…}.
import { join } from 'node:path';
import { readPagefindFile } from '../pagefind-format/files.ts';

/** e.g. `{ url: '/about/', title: 'About', filters: { type: ['page'] } }` */
export interface FragmentSummary {
  url: string;
  title: string;
  filters: Record<string, string[]>;
}

export function readFragmentSummary(dir: string, hash: string): FragmentSummary {
  const text = readPagefindFile(join(dir, 'fragment', `${hash}.pf_fragment`)).toString('utf8');
  // Quotes inside the text are escaped, so these keys can only be the fields themselves.
  const url = JSON.parse(text.slice('{"url":'.length, text.indexOf(',"content":'))) as unknown;
  const rest = JSON.parse(`{${text.slice(text.lastIndexOf('"word_count":'))}`) as {
    filters?: Record<string, string[]>;
    meta?: Record<string, string>;
  };
  if (!text.startsWith('{"url":') || typeof url !== 'string' || !rest.filters || !rest.meta)
    throw new Error(`unexpected fragment layout in ${hash} (a newer Pagefind?)`);
  return { url, title: rest.meta['title'] ?? '', filters: rest.filters };
}
