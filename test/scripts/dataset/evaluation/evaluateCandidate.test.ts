import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDataset, decideVerdict, evaluateCandidate, evaluationReportHash, evaluationReportSchema } from '../../../../scripts/dataset/index.ts'
import { VERDICT_THRESHOLDS } from '../../../../scripts/dataset/evaluation/decideVerdict.ts'
import { rougeL } from '../../../../scripts/dataset/evaluation/rougeL.ts'
import { generateGgufModel } from '../../../../scripts/tiny-model/generateGgufModel.ts'
import { TINY_MODEL_DEFAULTS } from '../../../../scripts/tiny-model/modelShape.ts'

let dir: string
let candidate: string
let active: string
let dataset: string
const SETTINGS = { limit: 2, maxTokens: 8, referenceTokens: 16, threads: 1 } as const

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maia-evaluate-'))
  candidate = (await generateGgufModel({ ...TINY_MODEL_DEFAULTS, seed: 21, path: path.join(dir, 'candidate.gguf') })).path
  active = (await generateGgufModel({ ...TINY_MODEL_DEFAULTS, seed: 22, path: path.join(dir, 'active.gguf') })).path
  dataset = path.join(dir, 'dataset')
  await buildDataset({ library: path.resolve('orchestrator/maia/knowledge/sample-library'), out: dataset, evaluationTexts: [], splitRatios: { validation: 0.2, test: 0.4 } })
}, 60_000)
afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

describe('evaluateCandidate', () => {
  it('runs both models on the same held-out prompts, scores them against the reference and each other, reproducibly', async () => {
    const labels = new Set<string>()
    const report = await evaluateCandidate({ candidate, active, dataset, ...SETTINGS, onProgress: (label) => labels.add(label) })
    expect(evaluationReportSchema.parse(report)).toEqual(report)
    expect(report.hash).toBe(evaluationReportHash(report))
    expect(labels).toEqual(new Set(['Evaluating candidate', 'Evaluating active']))
    expect(report.examples).toHaveLength(2)
    for (const example of report.examples) {
      expect(example.active).not.toBeNull()
      // Random 512-token models: log-probabilities near a uniform guess (−6.24 nats), well below 0.
      expect(example.candidate.referenceLogProb).toBeLessThan(-4)
      expect(example.candidate.referenceTokens).toBe(16)
      expect(example.agreement).not.toBeNull()
    }
    const wins = report.summary.wins!
    expect(wins.candidate + wins.active + wins.ties).toBe(2)
    expect(report.verdict.reasons).toHaveLength(4)
    const again = await evaluateCandidate({ candidate, active, dataset, ...SETTINGS })
    expect(again.hash).toBe(report.hash)
  }, 120_000)

  it('refuses a test split that is not the one its card names', async () => {
    const copy = path.join(dir, 'tampered')
    await cp(dataset, copy, { recursive: true })
    await appendFile(path.join(copy, 'test.jsonl'), '{"messages":[{"role":"user","content":"x"},{"role":"assistant","content":"y"}]}\n')
    await expect(evaluateCandidate({ candidate, dataset: copy, ...SETTINGS })).rejects.toMatchObject({ name: 'DatasetFileMismatchError', file: 'test.jsonl' })
  })
})

describe('decideVerdict and rougeL', () => {
  it('passes only a candidate strictly better than the active model and unlike it, else fails', () => {
    const wins = (candidate: number, active: number) => ({ candidate, active, ties: 8 - candidate - active })
    const summary = (candidate: number, active: number, candidateRouge = 0.2, activeRouge = 0.2, won = wins(6, 2)) => ({ candidate: { meanReferenceLogProb: candidate, meanRougeL: candidateRouge }, active: { meanReferenceLogProb: active, meanRougeL: activeRouge }, wins: won })
    const answers = (agreement: number, same = false) => Array.from({ length: 8 }, (_, index) => ({ candidate: { text: `answer ${index}` }, active: { text: same ? `answer ${index}` : `other ${index}` }, agreement }))
    const distinct = answers(0.3)
    expect(decideVerdict(summary(-1.9, -2.0), 512, distinct).passed).toBe(true)
    // Equal, or better by no more than the noise margin (0.05 nats/token): not an improvement.
    expect(decideVerdict(summary(-2.0, -2.0), 512, distinct).passed).toBe(false)
    expect(decideVerdict(summary(-1.96, -2.0), 512, distinct).passed).toBe(false)
    expect(decideVerdict(summary(-2.04, -2.0), 512, distinct).passed).toBe(false)
    expect(decideVerdict(summary(-2.1, -2.0), 512, distinct).passed).toBe(false)
    // Better on average, but winning no more examples than it loses (a gain on a few outliers).
    expect(decideVerdict(summary(-1.9, -2.0, 0.2, 0.2, wins(3, 3)), 512, distinct).passed).toBe(false)
    expect(decideVerdict(summary(-1.9, -2.0, 0.2, 0.2, wins(0, 0)), 512, distinct).passed).toBe(false)
    // Worse answers (ROUGE-L beyond its tolerance).
    expect(decideVerdict(summary(-1.0, -2.0, 0.1, 0.2), 512, distinct).passed).toBe(false)
    // Answers like the active model: a clone, whatever its scores.
    expect(decideVerdict(summary(-1.9, -2.0), 512, answers(0.985)).passed).toBe(false)
    expect(decideVerdict(summary(-1.9, -2.0), 512, answers(0, true)).passed).toBe(false)
    expect(decideVerdict(summary(-1.9, -2.0), 512, answers(VERDICT_THRESHOLDS.cloneAgreement - 0.01)).passed).toBe(true)
    expect(decideVerdict(summary(-1.9, -2.0), 512, distinct).reasons).toHaveLength(4)
    expect(decideVerdict({ candidate: { meanReferenceLogProb: -3, meanRougeL: 0 }, active: null, wins: null }, 512, []).passed).toBe(true)
    expect(decideVerdict({ candidate: { meanReferenceLogProb: -7, meanRougeL: 0 }, active: null, wins: null }, 512, []).passed).toBe(false)
  })

  it('computes ROUGE-L F1 over normalised words', () => {
    expect(rougeL('The cat sat.', 'the cat sat')).toBe(1)
    expect(rougeL('a b c d', 'a c e')).toBeCloseTo((2 * (2 / 4) * (2 / 3)) / (2 / 4 + 2 / 3))
    expect(rougeL('', 'x')).toBe(0)
  })
})
