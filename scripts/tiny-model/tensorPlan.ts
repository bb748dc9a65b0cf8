import { GGUF_ALIGNMENT, GgmlType, type TensorType } from './ggufConstants.ts'
import type { GgufTensorInfo } from './ggufEncoding.ts'
import { headSize, type ModelShape } from './modelShape.ts'

/** How a tensor's values are produced: RMS-norm gains of 1.0, or seeded uniform noise in ±bound. */
export type TensorInit = { readonly kind: 'ones' } | { readonly kind: 'uniform'; readonly bound: number }

export type PlannedTensor = GgufTensorInfo & {
  readonly init: TensorInit
  readonly elementCount: number
  readonly byteLength: number
  /** Position in the plan; part of the PRNG seed so each tensor's values are independent of the others. */
  readonly index: number
}

type TensorSpec = { readonly name: string; readonly dimensions: readonly number[]; readonly isNorm: boolean }

/**
 * The llama tensors (names and ggml shapes as llama.cpp's loader expects them), in file order,
 * with their data offsets laid out on `GGUF_ALIGNMENT` boundaries.
 */
export function planTensors(shape: ModelShape): PlannedTensor[] {
  let offset = 0
  return llamaTensorSpecs(shape).map((spec, index) => {
    // Norm gains stay f32 even in f16 files, as llama.cpp's converters do (they are tiny, and
    // the CPU backend's norm ops expect f32 weights).
    const type: TensorType = spec.isNorm ? 'f32' : shape.tensorType
    const elementCount = spec.dimensions.reduce((product, dimension) => product * dimension, 1)
    const byteLength = elementCount * GgmlType[type].bytesPerElement
    const tensor: PlannedTensor = {
      name: spec.name,
      dimensions: spec.dimensions,
      type,
      offset,
      init: spec.isNorm ? { kind: 'ones' } : { kind: 'uniform', bound: uniformBound(spec.dimensions) },
      elementCount,
      byteLength,
      index
    }
    offset = alignUp(offset + byteLength, GGUF_ALIGNMENT)
    return tensor
  })
}

/** Bytes the data section occupies: every tensor padded to the alignment, as gguf-py writes it. */
export function dataSectionLength(tensors: readonly PlannedTensor[]): number {
  const last = tensors.at(-1)
  return last === undefined ? 0 : alignUp(last.offset + last.byteLength, GGUF_ALIGNMENT)
}

export function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment
}

/**
 * Kaiming-uniform-like bound 1/sqrt(fan_in) (fan_in = ne[0], the dot-product length): keeps
 * activations and logits O(1) at any width, so even 8B-shaped random models never overflow f16.
 */
function uniformBound(dimensions: readonly number[]): number {
  return 1 / Math.sqrt(dimensions[0] ?? 1)
}

function llamaTensorSpecs(shape: ModelShape): TensorSpec[] {
  const embd = shape.embeddingLength
  const kvWidth = headSize(shape) * shape.headCountKv
  const ff = shape.feedForwardLength
  const vocab = shape.vocabularySize
  const specs: TensorSpec[] = [{ name: 'token_embd.weight', dimensions: [embd, vocab], isNorm: false }]
  for (let block = 0; block < shape.blockCount; block++) {
    const prefix = `blk.${block}.`
    specs.push(
      { name: `${prefix}attn_norm.weight`, dimensions: [embd], isNorm: true },
      { name: `${prefix}attn_q.weight`, dimensions: [embd, embd], isNorm: false },
      { name: `${prefix}attn_k.weight`, dimensions: [embd, kvWidth], isNorm: false },
      { name: `${prefix}attn_v.weight`, dimensions: [embd, kvWidth], isNorm: false },
      { name: `${prefix}attn_output.weight`, dimensions: [embd, embd], isNorm: false },
      { name: `${prefix}ffn_norm.weight`, dimensions: [embd], isNorm: true },
      { name: `${prefix}ffn_gate.weight`, dimensions: [embd, ff], isNorm: false },
      { name: `${prefix}ffn_up.weight`, dimensions: [embd, ff], isNorm: false },
      { name: `${prefix}ffn_down.weight`, dimensions: [ff, embd], isNorm: false }
    )
  }
  specs.push({ name: 'output_norm.weight', dimensions: [embd], isNorm: true })
  if (!shape.tiedEmbeddings) specs.push({ name: 'output.weight', dimensions: [embd, vocab], isNorm: false })
  return specs
}
