// The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers, text strings and
// definite-length arrays. Enough to read and rewrite them byte for byte (scripts/lib/pagefind-format/compact.ts); anything
// else is refused with its byte offset rather than guessed at.

/** A CBOR value as Pagefind writes it: e.g. `['drought', [[12, [-26, 40, 95]]]]`. */
export type CborValue = number | string | CborValue[];

const utf8 = new TextDecoder('utf-8', { fatal: true });
const LENGTH_BYTES: Record<number, number> = { 24: 1, 25: 2, 26: 4, 27: 8 };

/** Reads CBOR items one after another from `bytes`, as values or as skipped byte ranges (no copies). */
export class CborReader {
  at = 0;
  readonly bytes: Uint8Array;
  private readonly view: DataView;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The next item's major type (0 uint, 1 negative, 3 text, 4 array) and its argument (value or length). */
  head(): { major: number; n: number } {
    const start = this.at;
    if (start >= this.bytes.length) throw new Error(`CBOR: unexpected end at byte ${start}`);
    const first = this.view.getUint8(this.at++);
    const info = first & 31;
    const size = info < 24 ? 0 : LENGTH_BYTES[info];
    if (size === undefined) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${start}`);
    let n = info;
    if (size === 1) n = this.view.getUint8(this.at);
    else if (size === 2) n = this.view.getUint16(this.at);
    else if (size === 4) n = this.view.getUint32(this.at);
    else if (size === 8) n = Number(this.view.getBigUint64(this.at));
    this.at += size;
    const major = first >> 5;
    if (major === 2 || major > 4) throw new Error(`CBOR: unsupported major type ${major} at byte ${start}`);
    return { major, n };
  }

  /** An array's length; throws if the next item is not an array. */
  array(): number {
    const start = this.at;
    const { major, n } = this.head();
    if (major !== 4) throw new Error(`CBOR: expected an array at byte ${start}`);
    return n;
  }

  /** The next item as a value. */
  value(): CborValue {
    const { major, n } = this.head();
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 3) return utf8.decode(this.bytes.subarray(this.at, (this.at += n)));
    return Array.from({ length: n }, () => this.value());
  }

  /** Moves past the next item without building it. */
  skip(): void {
    let pending = 1;
    while (pending-- > 0) {
      const { major, n } = this.head();
      if (major === 3) this.at += n;
      else if (major === 4) pending += n;
    }
  }
}

/**
 * Decodes one CBOR value that fills `bytes` exactly.
 * @example decodeCbor(Uint8Array.of(0x82, 0x01, 0x20)) // [1, -1]
 */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const reader = new CborReader(bytes);
  const value = reader.value();
  if (reader.at !== bytes.length) throw new Error(`CBOR: ${bytes.length - reader.at} bytes left after the value`);
  return value;
}

/**
 * The head of an item with the shortest encoding, as Pagefind writes it.
 * @example cborHead(4, 300) // Uint8Array [0x99, 0x01, 0x2c]: an array of 300 items follows
 */
export function cborHead(major: number, n: number): Uint8Array {
  const top = major << 5;
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`CBOR: ${n} is not a length or unsigned integer`);
  if (n < 24) return Uint8Array.of(top | n);
  if (n < 0x100) return Uint8Array.of(top | 24, n);
  if (n < 0x10000) return Uint8Array.of(top | 25, n >> 8, n & 0xff);
  if (n < 0x100000000) return Uint8Array.of(top | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  throw new Error(`CBOR: ${n} is too large for this encoder`);
}

const utf8Encoder = new TextEncoder();

function parts(value: CborValue, out: Uint8Array[]): void {
  if (typeof value === 'number') {
    out.push(value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value));
  } else if (typeof value === 'string') {
    const bytes = utf8Encoder.encode(value);
    out.push(cborHead(3, bytes.length), bytes);
  } else {
    out.push(cborHead(4, value.length));
    for (const item of value) parts(item, out);
  }
}

/**
 * Encodes a value with the shortest heads, so decoding and re-encoding a Pagefind file gives the same bytes.
 * @example encodeCbor([1, -1]) // Uint8Array [0x82, 0x01, 0x20]
 */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: Uint8Array[] = [];
  parts(value, out);
  return Buffer.concat(out);
}
