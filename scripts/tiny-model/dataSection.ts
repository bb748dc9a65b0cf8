import { GGUF_ALIGNMENT } from './ggufConstants.ts'
import { alignUp, type PlannedTensor } from './tensorPlan.ts'
import { createTensorValueSource, type TensorValueSource } from './tensorValues.ts'

/** Streams the data section as one byte sequence: each tensor's values, then zeros up to the alignment. */
export type DataSectionSource = {
  /**
   * Fills `target` with the next bytes (tensors packed back to back, so many small tensors share
   * one write) and returns how many; 0 when done. `target.byteLength` must be a multiple of
   * `GGUF_ALIGNMENT`, which keeps every tensor's start 4-byte aligned inside the buffer.
   */
  fillNext(target: Uint8Array): number
}

export function createDataSectionSource(tensors: readonly PlannedTensor[], modelSeed: number): DataSectionSource {
  let tensorIndex = 0
  let values: TensorValueSource | undefined
  let paddingLeft = 0
  return {
    fillNext(target) {
      let filled = 0
      while (filled < target.byteLength) {
        if (paddingLeft > 0) {
          const count = Math.min(paddingLeft, target.byteLength - filled)
          target.fill(0, filled, filled + count)
          filled += count
          paddingLeft -= count
          continue
        }
        const tensor = tensors[tensorIndex]
        if (tensor === undefined) break
        values ??= createTensorValueSource(tensor, modelSeed)
        const count = values.fillNext(target.subarray(filled))
        filled += count
        if (count === 0 || filled < target.byteLength) {
          // The tensor is exhausted (a partial fill means it ended inside this buffer). Its padding
          // also overwrites the spare half-word an odd-length f16 tensor may have left behind.
          paddingLeft = alignUp(tensor.byteLength, GGUF_ALIGNMENT) - tensor.byteLength
          values = undefined
          tensorIndex++
        }
      }
      return filled
    }
  }
}
