import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter-split.ts';

/** A Markdown file split into its YAML frontmatter (parsed) and its body. */
export interface Parsed {
  data: Record<string, unknown>;
  body: string;
}

/**
 * Splits `---\nyaml\n---\nbody`; throws with the YAML error's line when the frontmatter does not parse.
 * @example parseFrontmatter('---\ntitle: X-Road\n---\n## Context') // { data: { title: 'X-Road' }, body: '## Context' }
 */
export function parseFrontmatter(source: string): Parsed {
  const split = splitFrontmatter(source);
  if (!split) throw new Error('no YAML frontmatter between --- lines at the top of the file');
  // YAML 1.2 with timestamps, as Astro reads it (js-yaml): `No` and `12:30` stay text, as the CMS writes them unquoted.
  const data: unknown = parse(split.yaml, { customTags: ['timestamp'] });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('frontmatter is not a list of fields');
  return { data: data as Record<string, unknown>, body: split.body };
}
