/** A Markdown file's frontmatter (still YAML text) and its body. */
export interface Split {
  yaml: string;
  body: string;
}

/**
 * Splits `---\nyaml\n---\nbody`, or returns undefined when the file has no frontmatter between --- lines at its top.
 * @example splitFrontmatter('---\ntitle: X-Road\n---\n## Context') // { yaml: 'title: X-Road', body: '## Context' }
 */
export function splitFrontmatter(source: string): Split | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { yaml: match[1] ?? '', body: match[2] ?? '' } : undefined;
}
