/**
 * A growable little-endian byte buffer. GGUF headers are small except for the vocabulary arrays
 * (a few MB for 128k tokens), so building them in memory and writing once is simplest.
 */
export class ByteWriter {
  private buffer = Buffer.alloc(64 * 1024)
  private length = 0

  get byteLength(): number {
    return this.length
  }

  uint32(value: number): this {
    this.reserve(4).writeUInt32LE(value, this.length)
    this.length += 4
    return this
  }

  int32(value: number): this {
    this.reserve(4).writeInt32LE(value, this.length)
    this.length += 4
    return this
  }

  uint64(value: number | bigint): this {
    this.reserve(8).writeBigUInt64LE(BigInt(value), this.length)
    this.length += 8
    return this
  }

  float32(value: number): this {
    this.reserve(4).writeFloatLE(value, this.length)
    this.length += 4
    return this
  }

  uint8(value: number): this {
    this.reserve(1).writeUInt8(value, this.length)
    this.length += 1
    return this
  }

  bytes(value: Uint8Array): this {
    this.reserve(value.byteLength).set(value, this.length)
    this.length += value.byteLength
    return this
  }

  /** Zero bytes up to the next multiple of `alignment`. */
  padTo(alignment: number): this {
    const padding = (alignment - (this.length % alignment)) % alignment
    this.reserve(padding).fill(0, this.length, this.length + padding)
    this.length += padding
    return this
  }

  /** A copy-free view of what has been written so far. */
  toBuffer(): Buffer {
    return this.buffer.subarray(0, this.length)
  }

  private reserve(extra: number): Buffer {
    if (this.length + extra > this.buffer.byteLength) {
      const grown = Buffer.alloc(Math.max(this.buffer.byteLength * 2, this.length + extra))
      this.buffer.copy(grown, 0, 0, this.length)
      this.buffer = grown
    }
    return this.buffer
  }
}
