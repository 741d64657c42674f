// How Pagefind stores and names its index files: gzip around "pagefind_dcd" and the CBOR or JSON payload, named by
// the language and the first characters of a SHA-1 of the payload, longer when two would collide.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

const signature = Buffer.from('pagefind_dcd');

/** A file's payload: its bytes after the signature. */
export function readPagefindFile(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  if (!data.subarray(0, signature.length).equals(signature)) throw new Error(`${path} is not a Pagefind index file`);
  return data.subarray(signature.length);
}

/** A payload as Pagefind writes it, gzipped at level 6 rather than Pagefind's 9: docs/decisions/008-index-gzip-level.md. */
export function packPagefindFileSync(payload: Uint8Array, level = 6): Buffer {
  return gzipSync(Buffer.concat([signature, payload]), { level });
}

/** SHA-1 as Pagefind writes it: byte by byte in hex without leading zeros (its `format!("{:x?}")`), e.g. `7f1a…`. */
export function sha1Hex(payload: Uint8Array): string {
  return [...createHash('sha1').update(payload).digest()].map((b) => b.toString(16)).join('');
}

/** Pagefind's full hash of a payload, which its file names are cut from, e.g. `en_7f1a…`. */
export const fullHash = (language: string, payload: Uint8Array): string => `${language}_${sha1Hex(payload)}`;

/**
 * The name Pagefind gives a payload: its full hash cut to `<language>_` and 7 characters, longer while the name is
 * taken, by one character for a page's fragment and (a quirk kept here) by two for index chunks and filters.
 * @example shortName('en_7f1a2b3c4d…', 1, (name) => names.has(name)) // 'en_7f1a2b3'
 */
export function shortName(hash: string, step: 1 | 2, taken: (name: string) => boolean): string {
  let length = hash.lastIndexOf('_') + 8;
  while (taken(hash.slice(0, length)) && length < hash.length) length += step;
  return hash.slice(0, length);
}

/** Where the merge writes Pagefind files: `write` may return before the file is written, `flush` waits for all. */
export interface FileSink {
  write(path: string, payload: Uint8Array, level?: number): Promise<void>;
  flush(): Promise<void>;
}

/** Writes each file at once, on the calling thread. */
export const syncSink: FileSink = {
  write: async (path, payload, level) => writeFileSync(path, packPagefindFileSync(payload, level)),
  flush: async () => {},
};
