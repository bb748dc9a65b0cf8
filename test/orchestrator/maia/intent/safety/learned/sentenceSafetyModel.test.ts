import { mkdtempSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LearnedSafetyModelError } from '../../../../../../orchestrator/maia/intent/errors.ts'
import { encodeSentenceWeights, loadSentenceSafetyModel } from '../../../../../../orchestrator/maia/intent/safety/learned/sentenceSafetyModel.ts'
import { UNIVERSAL_SENTENCE_ENCODER_ID } from '../../../../../../orchestrator/maia/sentenceEncoder/index.ts'
import { encodeSentenceMlp, type SentenceMlp } from '../../../../../../orchestrator/maia/intent/safety/learned/SentenceMlp.ts'

function writeModel(weights: number[], meta: Record<string, unknown> = {}): { weights: string; meta: string } {
  const folder = mkdtempSync(join(tmpdir(), 'maia-sentence-model-'))
  const bytes = encodeSentenceWeights(Float32Array.from(weights))
  const files = { weights: join(folder, 'w.bin'), meta: join(folder, 'm.json') }
  writeFileSync(files.weights, bytes)
  writeFileSync(files.meta, JSON.stringify({ format: 'maia-safety-sentence-v1', encoderId: 'fake', dimensions: weights.length, inputScale: 2, bias: -1, ngramWeight: 0.25, threshold: 0, sha256: createHash('sha256').update(bytes).digest('hex'), ...meta }))
  return files
}

/** 2 inputs → 2 ReLU units → 1: unit 0 passes x0, unit 1 passes x1; output = −1 + 2·relu(x0) − 1·relu(x1). */
const TINY_MLP: SentenceMlp = { dimensions: 2, hidden: 2, inputScale: 1, inputWeights: Float32Array.from([1, 0, 0, 1]), hiddenBiases: Float32Array.from([0, 0]), outputWeights: Float32Array.from([2, -1]), outputBias: -1 }
function writeMlpModel(meta: Record<string, unknown> = {}): { weights: string; meta: string } {
  const folder = mkdtempSync(join(tmpdir(), 'maia-sentence-mlp-'))
  const bytes = encodeSentenceMlp(TINY_MLP)
  const files = { weights: join(folder, 'w.bin'), meta: join(folder, 'm.json') }
  writeFileSync(files.weights, bytes)
  writeFileSync(files.meta, JSON.stringify({ format: 'maia-safety-sentence-mlp-v1', encoderId: 'fake', dimensions: 2, hidden: 2, inputScale: 1, outputBias: -1, ngramWeight: 0.5, threshold: 0, sha256: createHash('sha256').update(bytes).digest('hex'), ...meta }))
  return files
}

describe('the sentence half of the learned safety screen', () => {
  it('loads a perceptron model (round sixteen) and fuses its log-odds like the linear one', () => {
    const model = loadSentenceSafetyModel(writeMlpModel())
    expect(model.logit(Float32Array.from([1, 0]))).toBeCloseTo(1) // −1 + 2·1
    expect(model.logit(Float32Array.from([-1, 1]))).toBeCloseTo(-2) // −1 + 0 − 1·1
    expect(model.fused(0.5, Float32Array.from([1, 0]))).toBeCloseTo(0.5) // 0.5·0 + 0.5·1
  })

  it('refuses a perceptron whose weights do not match its shape or checksum', () => {
    expect(() => loadSentenceSafetyModel(writeMlpModel({ hidden: 3 }))).toThrow(LearnedSafetyModelError)
    expect(() => loadSentenceSafetyModel(writeMlpModel({ sha256: '0'.repeat(64) }))).toThrow(LearnedSafetyModelError)
  })

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
