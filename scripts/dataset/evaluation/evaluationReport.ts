import { z } from 'zod'
import { canonicalJson, sha256Hex } from '../../../shared/util/index.ts'

const sha256Schema = z.string().regex(/^0x[0-9a-f]{64}$/)
const modelRunSchema = z.object({
  text: z.string(),
  rougeL: z.number(),
  /** Mean log-probability (nats per token) of the reference answer under the model, by teacher forcing. */
  referenceLogProb: z.number(),
  referenceTokens: z.number().int()
})
const summarySchema = z.object({ meanRougeL: z.number(), meanReferenceLogProb: z.number() })

/** The evaluation report `maia model evaluate` writes; its `hash` is what an evaluator records on chain. */
export const evaluationReportSchema = z.object({
  format: z.literal('maia-evaluation/1'),
  candidate: z.object({ file: z.string(), sha256: sha256Schema, vocabularySize: z.number().int() }),
  active: z.object({ file: z.string(), sha256: sha256Schema, vocabularySize: z.number().int() }).nullable(),
  dataset: z.object({ hash: sha256Schema, testSha256: sha256Schema, testExamples: z.number().int() }),
  settings: z.object({ limit: z.number().int(), maxTokens: z.number().int(), referenceTokens: z.number().int(), temperature: z.number(), seed: z.number().int(), contextSize: z.number().int() }),
  examples: z.array(z.object({
    line: z.number().int(),
    promptSha256: sha256Schema,
    candidate: modelRunSchema,
    active: modelRunSchema.nullable(),
    /** ROUGE-L between the two models' answers (how much the candidate changed the behaviour). */
    agreement: z.number().nullable()
  })),
  skipped: z.number().int(),
  summary: z.object({
    candidate: summarySchema,
    active: summarySchema.nullable(),
    /** Examples where the candidate gives the reference a higher log-probability than the active model (ties: equal to 1e-4). */
    wins: z.object({ candidate: z.number().int(), active: z.number().int(), ties: z.number().int() }).nullable()
  }),
  verdict: z.object({ passed: z.boolean(), rule: z.string(), reasons: z.array(z.string()) }),
  hash: sha256Schema
})
export type EvaluationReport = z.infer<typeof evaluationReportSchema>

/** SHA-256 of the report's canonical JSON without `hash`: what goes on chain (`ModelRegistry.recordEvaluation`). */
export function evaluationReportHash(report: Omit<EvaluationReport, 'hash'>): `0x${string}` {
  const { hash: _ignored, ...body } = report as EvaluationReport
  return sha256Hex(canonicalJson(body))
}
