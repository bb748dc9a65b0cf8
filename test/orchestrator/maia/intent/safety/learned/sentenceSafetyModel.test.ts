import { mkdtempSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LearnedSafetyModelError } from '../../../../../../orchestrator/maia/intent/errors.ts'
import { encodeSentenceWeights, loadSentenceSafetyModel } from '../../../../../../orchestrator/maia/intent/safety/learned/sentenceSafetyModel.ts'
import { UNIVERSAL_SENTENCE_ENCODER_ID } from '../../../../../../orchestrator/maia/sentenceEncoder/index.ts'

function writeModel(weights: number[], meta: Record<string, unknown> = {}): { weights: string; meta: string } {
  const folder = mkdtempSync(join(tmpdir(), 'maia-sentence-model-'))
  const bytes = encodeSentenceWeights(Float32Array.from(weights))
  const files = { weights: join(folder, 'w.bin'), meta: join(folder, 'm.json') }
  writeFileSync(files.weights, bytes)
  writeFileSync(files.meta, JSON.stringify({ format: 'maia-safety-sentence-v1', encoderId: 'fake', dimensions: weights.length, inputScale: 2, bias: -1, ngramWeight: 0.25, threshold: 0, sha256: createHash('sha256').update(bytes).digest('hex'), ...meta }))
  return files
}

describe('the sentence half of the learned safety screen', () => {
  it('scores a vector and fuses it with the n-gram probability as its metadata says', () => {
    const model = loadSentenceSafetyModel(writeModel([1, -1]))
    expect(model.logit(Float32Array.from([1, 0]))).toBeCloseTo(1) // −1 + 1·1·2
    expect(model.fused(0.5, Float32Array.from([1, 0]))).toBeCloseTo(0.75) // 0.25·0 + 0.75·1
  })

  it('refuses weights that do not match their checksum or size, and unreadable metadata', () => {
    expect(() => loadSentenceSafetyModel(writeModel([1, -1], { sha256: '0'.repeat(64) }))).toThrow(LearnedSafetyModelError)
    expect(() => loadSentenceSafetyModel(writeModel([1, -1], { dimensions: 3 }))).toThrow(LearnedSafetyModelError)
    expect(() => loadSentenceSafetyModel(writeModel([1, -1], { format: 'other' }))).toThrow(LearnedSafetyModelError)
  })

  it('ships a small, checksummed model trained on the bundled encoder', () => {
    const model = loadSentenceSafetyModel()
    expect(model.meta.encoderId).toBe(UNIVERSAL_SENTENCE_ENCODER_ID)
    expect(model.meta.dimensions).toBe(512)
  })
})
