// The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers, text and definite-length
// arrays, as its Rust side (minicbor) writes them: every length and integer in its shortest form.

/** Reads items one after another from a buffer, e.g. `new CborReader(chunk).array()` → the number of items that follow. */
export class CborReader {
  readonly buf: Buffer;
  pos: number;
  constructor(buf: Buffer, pos = 0) {
    this.buf = buf;
    this.pos = pos;
  }
  /** The next item's major type (0 unsigned, 1 negative, 3 text, 4 array) and its argument. */
  private head(): [major: number, value: number] {
    const initial = this.buf[this.pos++] ?? 0xff;
    const info = initial & 31;
    const size = info < 24 ? 0 : info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : -1;
    if (size < 0) throw new Error(`unsupported CBOR item 0x${initial.toString(16)} at byte ${this.pos - 1}`);
    const value =
      size === 0 ? info : size === 8 ? Number(this.buf.readBigUInt64BE(this.pos)) : this.buf.readUIntBE(this.pos, size);
    this.pos += size;
    return [initial >> 5, value];
  }
  private expect(major: number): number {
    const [m, value] = this.head();
    if (m !== major) throw new Error(`expected CBOR major type ${major}, found ${m} at byte ${this.pos}`);
    return value;
  }
  /** An array's length; its items follow. */
  array(): number {
    return this.expect(4);
  }
  uint(): number {
    return this.expect(0);
  }
  /** A signed integer (major type 0 or 1). */
  int(): number {
    const [m, value] = this.head();
    if (m === 0) return value;
    if (m === 1) return -1 - value;
    throw new Error(`expected a CBOR integer, found major type ${m} at byte ${this.pos}`);
  }
  /** A text item as its UTF-8 bytes (no copy). */
  textBytes(): Buffer {
    const length = this.expect(3);
    this.pos += length;
    return this.buf.subarray(this.pos - length, this.pos);
  }
  text(): string {
    return this.textBytes().toString('utf8');
  }
  /** An array of integers, e.g. a page's word positions. */
  ints(): number[] {
    const out = new Array<number>(this.array());
    for (let i = 0; i < out.length; i++) out[i] = this.int();
    return out;
  }
  /** Skips an array of integers without decoding it; returns its length. */
  skipInts(): number {
    const length = this.array();
    for (let i = 0; i < length; i++) {
      const info = (this.buf[this.pos] ?? 0) & 31;
      this.pos += info < 24 ? 1 : info === 24 ? 2 : info === 25 ? 3 : info === 26 ? 5 : 9;
    }
    return length;
  }
}

/** Appends items to a growing buffer; `bytes()` returns what was written. */
export class CborWriter {
  private buf: Buffer;
  private pos = 0;
  constructor(capacity = 256) {
    this.buf = Buffer.allocUnsafe(capacity);
  }
  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }
  private head(major: number, value: number): void {
    this.reserve(9);
    const size = value < 24 ? 0 : value < 0x100 ? 1 : value < 0x10000 ? 2 : value < 0x100000000 ? 4 : 8;
    this.buf[this.pos++] = (major << 5) | (size === 0 ? value : 24 + Math.log2(size));
    if (size === 8) this.pos = this.buf.writeBigUInt64BE(BigInt(value), this.pos);
    else if (size > 0) this.pos = this.buf.writeUIntBE(value, this.pos, size);
  }
  array(length: number): this {
    this.head(4, length);
    return this;
  }
  int(value: number): this {
    if (value >= 0) this.head(0, value);
    else this.head(1, -1 - value);
    return this;
  }
  text(value: string | Buffer): this {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    this.head(3, bytes.length);
    return this.raw(bytes);
  }
  ints(values: readonly number[]): this {
    this.array(values.length);
    for (const v of values) this.int(v);
    return this;
  }
  /** Bytes that already are CBOR items, copied as they are. */
  raw(bytes: Buffer): this {
    this.reserve(bytes.length);
    this.pos += bytes.copy(this.buf, this.pos);
    return this;
  }
  /** What was written so far (a view, valid until the next write). */
  bytes(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
  /** Starts over, keeping the buffer. */
  clear(): void {
    this.pos = 0;
  }
}
