import { hexlify, id, randomBytes, ZeroHash } from 'ethers'
import { describe, expect, it } from 'vitest'
import { computeEpochEarnings } from '../../../orchestrator/economy/settlement/earnings.ts'
import { checkReportAgainstChain } from '../../../scripts/cli/economy/modelSubmitCommand.ts'
import { decideVerdict, evaluationReportHash, evaluationReportSchema, type EvaluationReport } from '../../../scripts/dataset/index.ts'
import { rougeL } from '../../../scripts/dataset/evaluation/rougeL.ts'
import { EvaluationReportMismatchError, verifyEvaluationReport } from '../../../scripts/dataset/evaluation/verifyEvaluationReport.ts'
import { modelSubmissionCommitment } from '../../../shared/chain/index.ts'
import type { Suite } from '../../contracts/support/suite.ts'
import { expectRevert } from '../../contracts/support/expectRevert.ts'
import { useSuiteFixture } from '../../contracts/support/useSuiteFixture.ts'
import { submitModelAs } from '../../contracts/support/submitModel.ts'

// The model gate on real contracts (ModelRegistry under the timelock, an in-process Hardhat chain)
// with the real verdict rule (decideVerdict), report hashing and the record-evaluation checks
// (checkReportAgainstChain), and the real epoch split (computeEpochEarnings: 10% to the trainer of
// the served model). Alice trains; Mallory wants Alice's trainer share.

const EVALUATOR_ROLE = id('EVALUATOR_ROLE')
const sha = (): string => hexlify(randomBytes(32))

/**
 * An evaluation report as `maia model evaluate` writes it, with these per-example log-probs and
 * ROUGE-L; the two models answer alike (`same`: word for word, as a clone does) or not, and each
 * example's agreement is the ROUGE-L between the two answers.
 */
function report(candidate: string, active: string | null, dataset: string, runs: Array<{ candidate: [number, number]; active: [number, number] }>, answers: 'same' | 'different' = 'different'): EvaluationReport {
  const entry = (text: string, [logProb, rouge]: [number, number]) => ({ text, rougeL: rouge, referenceLogProb: logProb, referenceTokens: 64 })
  const texts = { candidate: 'an answer about the patient heart', active: answers === 'same' ? 'an answer about the patient heart' : 'the restless mind finds no rest in the desert' }
  const examples = runs.map((run, index) => ({
    line: index + 1, promptSha256: sha(), candidate: entry(texts.candidate, run.candidate), active: entry(texts.active, run.active),
    agreement: Math.round(rougeL(texts.candidate, texts.active) * 10_000) / 10_000
  }))
  const mean = (values: number[]) => Math.round(values.reduce((sum, value) => sum + value, 0) / values.length * 10_000) / 10_000
  const summary = {
    candidate: { meanRougeL: mean(runs.map((run) => run.candidate[1])), meanReferenceLogProb: mean(runs.map((run) => run.candidate[0])) },
    active: { meanRougeL: mean(runs.map((run) => run.active[1])), meanReferenceLogProb: mean(runs.map((run) => run.active[0])) },
    wins: { candidate: runs.filter((run) => run.candidate[0] > run.active[0]).length, active: runs.filter((run) => run.candidate[0] < run.active[0]).length, ties: runs.filter((run) => run.candidate[0] === run.active[0]).length }
  }
  const body: Omit<EvaluationReport, 'hash'> = {
    format: 'maia-evaluation/1',
    candidate: { file: 'v2.gguf', sha256: candidate, vocabularySize: 512 },
    active: active === null ? null : { file: 'v1.gguf', sha256: active, vocabularySize: 512 },
    dataset: { hash: dataset, testSha256: sha(), testExamples: runs.length },
    settings: { limit: runs.length, maxTokens: 32, referenceTokens: 64, temperature: 0, seed: 42, contextSize: 2048 },
    examples, skipped: 0, summary,
    verdict: decideVerdict(summary, 512, examples)
  }
  return { ...body, hash: evaluationReportHash(body) }
}

/**
 * What `maia model record-evaluation` checks before sending (modelSubmitCommand.ts readReport:
 * schema, hash, then verifyEvaluationReport recomputing the summary and verdict; then
 * checkReportAgainstChain).
 */
function recordEvaluationChecks(raw: unknown, chain: { candidateSha256: string; activeSha256: string | null; datasetHash: string }): EvaluationReport {
  const parsed = evaluationReportSchema.parse(raw)
  if (evaluationReportHash(parsed) !== parsed.hash) throw new Error('edited: hash does not match')
  verifyEvaluationReport(parsed)
  checkReportAgainstChain(parsed, chain)
  return parsed
}

describe('ATTACK the model gate: trainers and evaluators', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })

  /** `maia model submit` as user `who`: commit, then reveal from the next block. */
  const submit = async (who: number, hash: string, uri: string, dataset?: string): Promise<bigint> => await submitModelAs(s.models, s.users[who]!, 'maia v', hash, uri, dataset)
  const govern = async (fn: (models: Suite['models']) => Promise<{ wait: () => Promise<unknown> }>) => { await (await fn(s.models.connect(s.timelock))).wait() }
  const trainerShareOf = async (modelId: bigint) => {
    const trainer = (await s.models.getModel(modelId)).trainer
    const node = s.providers[0]!.address
    const earnings = computeEpochEarnings([{ digest: sha(), amount: 1_000_000n, provider: node, trainer, curators: [] }], { feeBps: 1_000 })
    return { trainer, earned: earnings.get(trainer) ?? 0n }
  }

  // History (before the fix), measured: Mallory copies the GGUF hash (and URI) of Alice's announced model from her public
  // upload or her pending transaction and submits it first: ModelRegistry records Mallory as its
  // trainer, and Alice's own submit reverts ModelRegistryDuplicateHash(hash, 1). Once governance
  // approves and activates model 1, every network receipt pays Mallory the trainer share (90,000 of
  // a 1,000,000 charge at a 10% fee: 10% of the pool), Alice nothing. Nothing ties a hash to who made it.
  // Fix: contracts/governance/ModelRegistry.sol submit should take a commit-reveal (commit
  // keccak(hash, trainer, salt) first, reveal after a delay) or a trainer signature embedded in the
  // GGUF metadata that the evaluator checks; at least, let governance see and reassign disputed authorship.
  // Defended now: submission is commit (keccak256(abi.encode(hash, trainer, salt))) then reveal from
  // a later block; a one-step submit reverts ModelRegistryNotCommitted, and the earliest commitment
  // wins: Alice committed before she published, so her reveal takes the model back from Mallory
  // (ModelTrainerReclaimed) even when Mallory revealed first, and Mallory's later reveal of a hash
  // Alice revealed first reverts ModelRegistryDuplicateHash.
  it('defended: a trainer\'s GGUF hash cannot be front-run: the earliest commitment is the trainer and takes the trainer share', async () => {
    const [alice, mallory] = [s.users[0]!, s.users[1]!]
    const hash = sha()
    const aliceSalt = sha()
    await (await s.models.connect(alice).commitSubmission(modelSubmissionCommitment(hash, alice.address, aliceSalt))).wait()
    // Mallory copies the hash from Alice's upload or pending reveal: a plain submit needs a commitment.
    await expectRevert(s.models.connect(mallory).submit('maia-guide v2', hash, 'hf:alice/maia-guide/v2.gguf', sha()), s.models, 'ModelRegistryNotCommitted', [hash, mallory.address])
    // Her own commitment and reveal land before Alice's reveal does...
    const squatted = await submit(1, hash, 'hf:alice/maia-guide/v2.gguf')
    // ...but Alice's commitment is older: her reveal makes her the trainer.
    await (await s.models.connect(alice).submit('maia-guide v2', hash, 'hf:alice/maia-guide/v2.gguf', aliceSalt)).wait()
    await govern((models) => models.approve(squatted))
    await govern((models) => models.activate(squatted))
    const { trainer, earned } = await trainerShareOf(await s.models.activeModelId())
    console.info(`[gate] front-run submit: trainer of Alice's model is ${trainer === mallory.address ? 'Mallory' : 'Alice'}, earning ${earned} of a 1,000,000 charge`)
    expect(trainer).toBe(alice.address)
    expect(earned).toBeGreaterThan(0n)
    // And when Alice reveals first, Mallory's copy (a younger commitment) is a duplicate.
    const next = sha()
    const aliceNext = await submit(0, next, 'hf:alice/maia-guide/v3.gguf')
    const late = sha()
    await (await s.models.connect(mallory).commitSubmission(modelSubmissionCommitment(next, mallory.address, late))).wait()
    await expectRevert(s.models.connect(mallory).submit('maia-guide v3', next, 'hf:alice/maia-guide/v3.gguf', late), s.models, 'ModelRegistryDuplicateHash', [next, aliceNext])
    expect((await s.models.getModel(aliceNext)).trainer).toBe(alice.address)
  })

  // History (before the fix), measured: with the gate on (setEvaluationRequired), Mallory re-packs the active model's weights
  // with one metadata byte changed (a new SHA-256) and submits it as her own. Evaluated on the same
  // prompts it scores exactly as the active model (equal log-probability and ROUGE-L, agreement 1.0),
  // decideVerdict passes it ("no worse than active - tolerance"), an honest evaluator records the
  // pass, governance activates it, and the trainer share of every receipt moves from Alice to Mallory.
  // Fix: scripts/dataset/evaluation/decideVerdict.ts should require a strict improvement (more wins
  // than the active model and a mean log-prob gain beyond the tolerance) and fail a candidate whose
  // answers agree with the active model's (mean agreement ~1.0) as a clone.
  // Defended now: decideVerdict needs a log-prob gain > 0.05, more wins than losses and a mean
  // agreement < 0.98 (VERDICT_THRESHOLDS): the clone fails, the evaluator records the failure and
  // activation reverts ModelRegistryEvaluationFailed; Alice keeps the trainer share.
  it('defended: a clone of the active model (one metadata byte changed) fails the gate and cannot take the trainer share', async () => {
    const [alice, mallory, evaluator] = [s.users[0]!, s.users[1]!, s.users[2]!]
    await govern((models) => models.grantRole(EVALUATOR_ROLE, evaluator.address))
    await govern((models) => models.setEvaluationRequired(true))
    const dataset = sha()
    const original = await submit(0, sha(), 'hf:alice/maia-guide/v1.gguf', dataset)
    await (await s.models.connect(evaluator).recordEvaluation(original, 0n, sha(), 'ipfs://r1', true)).wait()
    await govern((models) => models.approve(original))
    await govern((models) => models.activate(original))
    const cloneHash = sha()
    const clone = await submit(1, cloneHash, 'hf:mallory/maia-guide/v1-clone.gguf', dataset)
    const runs = Array.from({ length: 8 }, (_, index) => ({ candidate: [-2.1 - index / 10, 0.31] as [number, number], active: [-2.1 - index / 10, 0.31] as [number, number] }))
    const cloneReport = report(cloneHash, (await s.models.getModel(original)).ggufSha256, dataset, runs, 'same')
    const checked = recordEvaluationChecks(cloneReport, { candidateSha256: cloneHash, activeSha256: (await s.models.getModel(original)).ggufSha256, datasetHash: dataset })
    await (await s.models.connect(evaluator).recordEvaluation(clone, original, checked.hash, 'ipfs://r2', checked.verdict.passed)).wait()
    await govern((models) => models.approve(clone))
    await expectRevert(s.models.connect(s.timelock).activate(clone), s.models, 'ModelRegistryEvaluationFailed', [clone, evaluator.address, original])
    const { trainer, earned } = await trainerShareOf(await s.models.activeModelId())
    console.info(`[gate] clone: verdict passed ${checked.verdict.passed} (wins ${JSON.stringify(checked.summary.wins)}), active model ${await s.models.activeModelId()}, trainer ${trainer === mallory.address ? 'Mallory' : 'Alice'} earns ${earned}`)
    expect(checked.verdict.passed).toBe(false)
    expect(trainer).toBe(alice.address)
  })

  // History (before the fix), measured: a failing report (candidate log-prob -3.0 vs active -2.0, ROUGE-L 0.10 vs 0.30:
  // decideVerdict says failed) with verdict.passed set to true and its hash recomputed with
  // evaluationReportHash: the record-evaluation checks (schema, "edited" hash check,
  // checkReportAgainstChain) all accept it, the chain records passed = true and governance can
  // activate the worse model. The "edited" check only catches an editor who forgot to rehash.
  // Fix: scripts/cli/economy/modelSubmitCommand.ts readReport should recompute the summary from
  // examples and decideVerdict(summary, vocabularySize), and refuse a report whose verdict differs.
  // Defended now: readReport runs verifyEvaluationReport (summary and verdict recomputed from the
  // per-example numbers, agreement from the two answers): EvaluationReportMismatchError('verdict').
  it('defended: a report whose verdict was flipped to passed and rehashed is refused by record-evaluation', async () => {
    const evaluator = s.users[2]!
    await govern((models) => models.grantRole(EVALUATOR_ROLE, evaluator.address))
    await govern((models) => models.setEvaluationRequired(true))
    const active = sha()
    const first = await submit(0, active, 'hf:alice/v1.gguf')
    await (await s.models.connect(evaluator).recordEvaluation(first, 0n, sha(), 'ipfs://r1', true)).wait()
    await govern((models) => models.approve(first))
    await govern((models) => models.activate(first))
    const candidate = sha()
    const worse = await submit(1, candidate, 'hf:mallory/v2.gguf')
    const honest = report(candidate, active, ZeroHash.replace(/0$/, '1'), Array.from({ length: 8 }, () => ({ candidate: [-3, 0.1] as [number, number], active: [-2, 0.3] as [number, number] })))
    expect(honest.verdict.passed).toBe(false)
    const { hash: _old, ...body } = { ...honest, verdict: { ...honest.verdict, passed: true } }
    const flipped: EvaluationReport = { ...body, hash: evaluationReportHash(body) }
    let refused: unknown
    try {
      const checked = recordEvaluationChecks(flipped, { candidateSha256: candidate, activeSha256: active, datasetHash: ZeroHash })
      await (await s.models.connect(evaluator).recordEvaluation(worse, first, checked.hash, 'ipfs://r2', checked.verdict.passed)).wait()
      await govern((models) => models.approve(worse))
      await govern((models) => models.activate(worse))
    } catch (error) {
      refused = error
    }
    console.info(`[gate] flipped verdict: refused ${refused !== undefined}; active model ${await s.models.activeModelId()} (the worse one is ${worse})`)
    expect(refused).toBeDefined()
    expect(refused).toBeInstanceOf(EvaluationReportMismatchError)
    expect((refused as EvaluationReportMismatchError).mismatch).toBe('verdict')
    expect(await s.models.activeModelId()).toBe(first)
  })

  // History (before the fix), measured: evaluator E1 records a failing evaluation of Mallory's model; evaluator E2 (a second
  // address Mallory got the role for, or any one careless evaluator) then records a pass. The
  // registry keeps only the last record (one slot per model), so the failure is erased and the gate
  // opens; getEvaluation shows only E2's pass.
  // Fix: contracts/governance/ModelRegistry.sol recordEvaluation should keep every evaluator's record
  // (per model and evaluator) and activate should require a quorum of passes and no standing failure
  // against the current baseline.
  // Defended now: ModelRegistry keeps one record per evaluator and model; activate needs a pass
  // against the active model and no standing failure against it from any current evaluator
  // (ModelRegistryEvaluationFailed naming E1).
  it('defended: one evaluator\'s later pass no longer overwrites another evaluator\'s failing evaluation', async () => {
    const [e1, e2] = [s.users[2]!, s.stranger]
    for (const evaluator of [e1, e2]) await govern((models) => models.grantRole(EVALUATOR_ROLE, evaluator.address))
    await govern((models) => models.setEvaluationRequired(true))
    const model = await submit(1, sha(), 'hf:mallory/v1.gguf')
    await (await s.models.connect(e1).recordEvaluation(model, 0n, sha(), 'ipfs://fail', false)).wait()
    await (await s.models.connect(e2).recordEvaluation(model, 0n, sha(), 'ipfs://pass', true)).wait()
    await govern((models) => models.approve(model))
    let activated = true
    try {
      await govern((models) => models.activate(model))
    } catch {
      activated = false
    }
    const stored = await s.models.getEvaluations(model)
    console.info(`[gate] overwrite: activated ${activated}; stored evaluations: ${stored.map((record) => `${record.evaluator === e2.address ? 'E2' : 'E1'} passed ${record.passed}`).join(', ')}`)
    expect(activated).toBe(false)
    await expectRevert(s.models.connect(s.timelock).activate(model), s.models, 'ModelRegistryEvaluationFailed', [model, e1.address, 0n])
    expect(stored.map((record) => [record.evaluator, record.passed])).toEqual([[e1.address, false], [e2.address, true]])
  })

  it('defended: a pass recorded against an older baseline is stale once another model is active', async () => {
    const evaluator = s.users[2]!
    await govern((models) => models.grantRole(EVALUATOR_ROLE, evaluator.address))
    await govern((models) => models.setEvaluationRequired(true))
    const [v1, v2, v3] = [await submit(0, sha(), 'u1'), await submit(0, sha(), 'u2'), await submit(1, sha(), 'u3')]
    for (const model of [v1, v2, v3]) await govern((models) => models.approve(model))
    await (await s.models.connect(evaluator).recordEvaluation(v1, 0n, sha(), 'r', true)).wait()
    await govern((models) => models.activate(v1))
    // Mallory's v3 passes against v1; then v2 (better) is evaluated and activated.
    await (await s.models.connect(evaluator).recordEvaluation(v3, v1, sha(), 'r', true)).wait()
    await (await s.models.connect(evaluator).recordEvaluation(v2, v1, sha(), 'r', true)).wait()
    await govern((models) => models.activate(v2))
    await expectRevert(s.models.connect(s.timelock).activate(v3), s.models, 'ModelRegistryEvaluationStale', [v3, v1, v2])
  })
})
