import { float32ToFloat16Bits } from './float16.ts'
import { createPrng, deriveSeed, fillRandomUint32, type Prng } from './prng.ts'
import type { PlannedTensor, TensorInit } from './tensorPlan.ts'

/** Produces one tensor's bytes in order, a chunk at a time, so no tensor is ever held whole. */
export type TensorValueSource = {
  /**
   * Writes the next `min(target.byteLength, remaining)` bytes of the tensor into `target` and
   * returns that count (0 once exhausted). `target` must start on a 4-byte boundary and have a
   * length that is a multiple of 4.
   */
  fillNext(target: Uint8Array): number
}

// Views are in host byte order; GGUF is little-endian, like every platform node-llama-cpp ships for.
export function createTensorValueSource(tensor: PlannedTensor, modelSeed: number): TensorValueSource {
  const prng = createPrng(deriveSeed(modelSeed, tensor.index))
  let remaining = tensor.byteLength
  return {
    fillNext(target) {
      const byteCount = Math.min(target.byteLength, remaining)
      if (byteCount === 0) return 0
      // One uint32 word = one f32 or two f16 values; an odd trailing f16 is the low half of the
      // last word, so chunk boundaries never change which random draw feeds which element.
      const words = new Uint32Array(target.buffer, target.byteOffset, Math.ceil(byteCount / 4))
      writeWords(tensor.type, tensor.init, prng, words)
      remaining -= byteCount
      return byteCount
    }
  }
}

function writeWords(type: PlannedTensor['type'], init: TensorInit, prng: Prng, words: Uint32Array): void {
  if (init.kind === 'ones') {
    if (type === 'f32') new Float32Array(words.buffer, words.byteOffset, words.length).fill(1)
    else words.fill(0x3c00_3c00) // two f16 1.0s
    return
  }
  fillRandomUint32(prng, words)
  if (type === 'f32') uniformFloat32InPlace(words, init.bound)
  else uniformFloat16InPlace(words, init.bound)
}

/** Maps each uint32 to a float uniform in (-bound, bound), reusing the same memory. */
function uniformFloat32InPlace(words: Uint32Array, bound: number): void {
  const floats = new Float32Array(words.buffer, words.byteOffset, words.length)
  const step = (2 * bound) / 2 ** 32
  for (let index = 0; index < words.length; index++) {
    floats[index] = ((words[index] ?? 0) + 0.5) * step - bound
  }
}

/** Splits each uint32 into two 16-bit draws and maps each through a precomputed f16 table. */
function uniformFloat16InPlace(words: Uint32Array, bound: number): void {
  const table = float16UniformTable(bound)
  for (let index = 0; index < words.length; index++) {
    const draw = words[index] ?? 0
    words[index] = ((table[draw & 0xffff] ?? 0) | ((table[draw >>> 16] ?? 0) << 16)) >>> 0
  }
}

const float16Tables = new Map<number, Uint16Array>()

/**
 * 65,536 f16 values evenly spread over (-bound, bound): converting a float to f16 per element
 * would dominate the cost of multi-GB files, a table lookup does not. A model has only a few
 * distinct bounds, so the cache stays tiny.
 */
function float16UniformTable(bound: number): Uint16Array {
  const cached = float16Tables.get(bound)
  if (cached !== undefined) return cached
  const table = new Uint16Array(0x1_0000)
  for (let draw = 0; draw < table.length; draw++) {
    table[draw] = float32ToFloat16Bits(((draw + 0.5) / 0x1_0000) * 2 * bound - bound)
  }
  float16Tables.set(bound, table)
  return table
}
