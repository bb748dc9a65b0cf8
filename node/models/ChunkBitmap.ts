/** Which chunks of a file are held: one bit per chunk, serialisable for the resume state and the `have` answer. */
export class ChunkBitmap {
  readonly size: number
  readonly #bits: Uint8Array
  #count = 0

  constructor(size: number, bits?: Uint8Array) {
    this.size = size
    this.#bits = new Uint8Array(Math.ceil(size / 8))
    if (bits !== undefined) {
      this.#bits.set(bits.subarray(0, this.#bits.length))
      // Bits past the end are ignored, so a crafted bitmap cannot claim more chunks than exist.
      for (let index = 0; index < size; index += 1) if (this.has(index)) this.#count += 1
      for (let index = size; index < this.#bits.length * 8; index += 1) this.#bits[index >> 3]! &= ~(1 << (index & 7))
    }
  }

  static fromBase64(size: number, text: string): ChunkBitmap {
    return new ChunkBitmap(size, Buffer.from(text, 'base64'))
  }

  get count(): number {
    return this.#count
  }

  get complete(): boolean {
    return this.#count === this.size
  }

  has(index: number): boolean {
    return index >= 0 && index < this.size && (this.#bits[index >> 3]! & (1 << (index & 7))) !== 0
  }

  set(index: number): void {
    if (this.has(index) || index < 0 || index >= this.size) return
    this.#bits[index >> 3]! |= 1 << (index & 7)
    this.#count += 1
  }

  clear(index: number): void {
    if (!this.has(index)) return
    this.#bits[index >> 3]! &= ~(1 << (index & 7))
    this.#count -= 1
  }

  toBase64(): string {
    return Buffer.from(this.#bits).toString('base64')
  }
}
