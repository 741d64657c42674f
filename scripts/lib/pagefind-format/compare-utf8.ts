// Moves UTF-16 units so they sort as UTF-8 does: characters beyond U+FFFF (surrogates) after U+E000–U+FFFF.
const inUtf8Order = (unit: number) => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);

/**
 * Compares two strings by their UTF-8 bytes, which is how Rust (and so Pagefind) orders strings; JavaScript's `<`
 * compares UTF-16 units, which differs for characters beyond U+FFFF against U+E000–U+FFFF.
 * @example ['b', 'é', 'a'].sort(compareUtf8) // ['a', 'b', 'é']
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const [x, y] = [a.charCodeAt(i), b.charCodeAt(i)];
    if (x !== y) return inUtf8Order(x) - inUtf8Order(y);
  }
  return a.length - b.length;
}
