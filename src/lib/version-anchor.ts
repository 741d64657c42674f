/** The change log's anchor for a version: `versionAnchor('0.1.0')` → `v0-1-0`. */
export const versionAnchor = (version: string): string => `v${version.replaceAll('.', '-')}`;
