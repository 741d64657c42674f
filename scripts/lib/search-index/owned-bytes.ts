/**
 * `bytes` with a memory of its own (copied when it shares one, as small Buffers share a pool), so that it can move to
 * another thread rather than be copied there: `postMessage(value, [owned(bytes).buffer])`.
 */
export const owned = (bytes: Uint8Array): Uint8Array & { buffer: ArrayBuffer } =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array & { buffer: ArrayBuffer })
    : new Uint8Array(bytes);
