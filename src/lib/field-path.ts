/**
 * A Zod issue path as a reader writes it, for `file: field: problem` messages.
 * @example fieldPath(['sources', 1, 'url']) // 'sources[1].url'
 */
export const fieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '') ||
  '(frontmatter)';
