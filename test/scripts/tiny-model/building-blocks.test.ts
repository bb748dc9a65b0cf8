import { describe, expect, it } from 'vitest'
import { float32ToFloat16Bits } from '../../../scripts/tiny-model/float16.ts'
import { createPrng, deriveSeed, fillRandomUint32, nextUint32 } from '../../../scripts/tiny-model/prng.ts'
import { buildVocabulary } from '../../../scripts/tiny-model/vocabulary.ts'
import {
  InvalidModelShapeError,
  MIN_VOCABULARY_SIZE,
  MODEL_SHAPE_PRESETS,
  resolveModelShape,
  TINY_MODEL_DEFAULTS
} from '../../../scripts/tiny-model/index.ts'

describe('float32ToFloat16Bits', () => {
  it.each([
    [0, 0x0000],
    [-0, 0x8000],
    [1, 0x3c00],
    [-2, 0xc000],
    [0.1, 0x2e66],
    [65504, 0x7bff],
    [65520, 0x7c00], // rounds up to Infinity
    [2 ** -24, 0x0001], // smallest subnormal
    [2 ** -26, 0x0000], // below half of it
    [Number.POSITIVE_INFINITY, 0x7c00]
  ])('%s → %s', (value, bits) => {
    expect(float32ToFloat16Bits(value)).toBe(bits)
  })

  it('maps NaN to a NaN pattern', () => {
    expect(float32ToFloat16Bits(Number.NaN) & 0x7c00).toBe(0x7c00)
    expect(float32ToFloat16Bits(Number.NaN) & 0x03ff).not.toBe(0)
  })
})

describe('prng', () => {
  it('fillRandomUint32 continues the exact sequence of nextUint32', () => {
    const single = createPrng(123)
    const expected = Array.from({ length: 10 }, () => nextUint32(single))
    const bulk = createPrng(123)
    const first = new Uint32Array(4)
    const second = new Uint32Array(6)
    fillRandomUint32(bulk, first)
    fillRandomUint32(bulk, second)
    expect([...first, ...second]).toEqual(expected)
  })

  it('derives distinct stream seeds per tensor and per model seed', () => {
    const seeds = new Set<number>()
    for (let model = 0; model < 20; model++) {
      for (let tensor = 0; tensor < 50; tensor++) seeds.add(deriveSeed(model, tensor))
    }
    expect(seeds.size).toBe(1000)
  })
})

describe('buildVocabulary', () => {
  it('starts with the specials and the 256 byte tokens, then pads to the exact size', () => {
    const vocabulary = buildVocabulary(1000)
    expect(vocabulary.tokens).toHaveLength(1000)
    expect(vocabulary.tokens.slice(0, 4)).toEqual(['<unk>', '<s>', '</s>', '<0x00>'])
    expect(vocabulary.tokens[258]).toBe('<0xFF>')
    expect(vocabulary.tokenTypes.slice(3, 259).every((type) => type === 6)).toBe(true)
    expect(new Set(vocabulary.tokens).size).toBe(1000)
    expect(vocabulary.scores).toHaveLength(1000)
  })

  it('works at the minimum size', () => {
    expect(buildVocabulary(MIN_VOCABULARY_SIZE).tokens).toHaveLength(MIN_VOCABULARY_SIZE)
  })
})

describe('resolveModelShape', () => {
  it('fills defaults and accepts the presets', () => {
    expect(resolveModelShape()).toEqual(TINY_MODEL_DEFAULTS)
    expect(resolveModelShape({ seed: undefined, blockCount: 3 }).blockCount).toBe(3)
    for (const preset of Object.values(MODEL_SHAPE_PRESETS)) expect(resolveModelShape(preset)).toEqual(preset)
  })

  it.each([
    [{ headCount: 3 }, 'headCount (3) must divide embeddingLength (64)'],
    [{ embeddingLength: 60, headCount: 4, headCountKv: 4 }, 'must be even for RoPE'],
    [{ headCountKv: 3 }, 'headCountKv (3) must divide headCount (4)'],
    [{ headCountKv: 8 }, 'headCountKv (8) must divide headCount (4)'],
    [{ vocabularySize: 258 }, 'vocabularySize: must be at least 259'],
    [{ blockCount: 0 }, 'blockCount'],
    [{ embeddingLength: 64.5 }, 'embeddingLength'],
    [{ seed: -1 }, 'seed'],
    [{ tensorType: 'q4_0' as 'f16' }, 'tensorType']
  ])('rejects %o', (overrides, message) => {
    let thrown: unknown
    try {
      resolveModelShape(overrides)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InvalidModelShapeError)
    expect((thrown as InvalidModelShapeError).name).toBe('InvalidModelShapeError')
    expect((thrown as InvalidModelShapeError).message).toContain(message)
  })

  it('rejects unknown keys instead of silently ignoring a typo', () => {
    expect(() => resolveModelShape({ blocks: 2 } as Partial<typeof TINY_MODEL_DEFAULTS>)).toThrow(InvalidModelShapeError)
  })
})
