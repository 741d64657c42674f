// The Markdown body of an entry for the open-data records. The collections do not keep bodies in Astro's data store
// (retainBody: false in src/content.config.ts, for the build's memory), so the body is read again from the entry's file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitFrontmatter } from '../frontmatter-split.ts';

/** The Markdown after the frontmatter of the file an entry was loaded from; names the entry when it cannot be read. */
export function markdownBody(entry: { id: string; filePath?: string | undefined }): string {
  if (!entry.filePath) throw new Error(`open data: entry "${entry.id}" has no source file to read its Markdown body from`);
  const split = splitFrontmatter(readFileSync(resolve(entry.filePath), 'utf8'));
  if (!split) throw new Error(`open data: ${entry.filePath} has no frontmatter between --- lines at the top`);
  return split.body;
}
