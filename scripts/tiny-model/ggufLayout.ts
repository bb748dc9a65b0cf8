import { GGUF_ALIGNMENT } from './ggufConstants.ts'
import { encodeGgufPrelude } from './ggufEncoding.ts'
import { buildMetadata } from './metadata.ts'
import type { ModelShape } from './modelShape.ts'
import { dataSectionLength, planTensors, type PlannedTensor } from './tensorPlan.ts'
import { buildVocabulary } from './vocabulary.ts'

/** Where every byte of a generated file goes, computed before anything is written. */
export type GgufLayout = {
  /** Header + metadata + tensor infos + padding: the first `prelude.byteLength` bytes of the file. */
  readonly prelude: Buffer
  readonly tensors: readonly PlannedTensor[]
  /** Absolute file offset of the data section (= `prelude.byteLength`). */
  readonly dataOffset: number
  /** Exact size of the finished file. */
  readonly totalBytes: number
}

export function planGgufLayout(shape: ModelShape): GgufLayout {
  const tensors = planTensors(shape)
  const prelude = encodeGgufPrelude(buildMetadata(shape, buildVocabulary(shape.vocabularySize)), tensors, GGUF_ALIGNMENT)
  return {
    prelude,
    tensors,
    dataOffset: prelude.byteLength,
    totalBytes: prelude.byteLength + dataSectionLength(tensors)
  }
}
