// The one Pagefind release whose file format this folder reads and writes. package.json pins `pagefind` to exactly
// this version; UPGRADING.md says what to check before changing either.

/** The supported Pagefind version, e.g. `'1.6.0'`. */
export const PAGEFIND_VERSION = '1.6.0';

/** The decision record that explains why the build reads Pagefind's private file format. */
export const PAGEFIND_DECISION = 'docs/decisions/004-compact-pagefind-index.md';

/**
 * Throws, naming the file, the version found and what to read, unless `found` is the supported version.
 * @example assertPagefindVersion('1.6.0', 'dist/pagefind/pagefind-entry.json') // passes
 */
export function assertPagefindVersion(found: unknown, file: string): void {
  if (found !== PAGEFIND_VERSION)
    throw new Error(
      `${file}: written by Pagefind ${String(found)}, but scripts/lib/pagefind-format/ reads Pagefind ${PAGEFIND_VERSION} ` +
        `only: see scripts/lib/pagefind-format/UPGRADING.md and ${PAGEFIND_DECISION}`,
    );
}
