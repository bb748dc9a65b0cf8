import { hexlify, id as keccakText, randomBytes, ZeroHash } from 'ethers'
import { describe, expect, it } from 'vitest'
import { type Suite } from './support/suite.ts'
import { useSuiteFixture } from './support/useSuiteFixture.ts'
import { expectRevert } from './support/expectRevert.ts'
import { submitModelAs } from './support/submitModel.ts'
import { modelSubmissionCommitment } from '../../shared/chain/index.ts'

const ADMIN_ROLE = '0x' + '00'.repeat(32)
const EVALUATOR_ROLE = keccakText('EVALUATOR_ROLE')
const Status = { None: 0n, Submitted: 1n, Approved: 2n, Rejected: 3n } as const

describe('ModelRegistry', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })

  const submit = async (name = 'maia-guide-1b v1', hash = hexlify(randomBytes(32)), uri = 'https://models.example/v1.gguf') => {
    const id = await submitModelAs(s.models, s.users[0], name, hash, uri)
    return { id, hash }
  }
  const salt = () => hexlify(randomBytes(32))
  /** Commits (hash, signer, salt) and returns the salt; the reveal may follow from the next block. */
  const commit = async (signer: (typeof s.users)[number], hash: string, secret = salt()) => {
    await (await s.models.connect(signer).commitSubmission(modelSubmissionCommitment(hash, signer.address, secret))).wait()
    return secret
  }
  const logsOf = async (tx: Promise<{ wait: () => Promise<unknown> }>) => {
    const receipt = await (await tx).wait() as { logs: Parameters<typeof s.models.interface.parseLog>[0][] }
    return receipt.logs.map((log) => s.models.interface.parseLog(log)).filter((e) => e !== null).map((e) => [e.name, ...e.args.toArray()])
  }

  it('records submissions with their trainer', async () => {
    const { id, hash } = await submit()
    expect(id).toBe(1n)
    const model = await s.models.getModel(id)
    expect([model.name, model.ggufSha256, model.uri, model.trainer, model.status]).toEqual([
      'maia-guide-1b v1', hash, 'https://models.example/v1.gguf', s.users[0].address, Status.Submitted
    ])
    expect(await s.models.modelIdByHash(hash)).toBe(1n)
  })

  it('approves, activates and switches the active model under governance, with events', async () => {
    const first = await submit()
    const second = await submit('v2')
    await expectRevert(s.models.activeModel(), s.models, 'ModelRegistryNoActiveModel', [])
    await s.models.connect(s.timelock).approve(first.id)
    const receipt = await (await s.models.connect(s.timelock).activate(first.id)).wait()
    const event = receipt!.logs.map((log) => s.models.interface.parseLog(log)).find((e) => e?.name === 'ModelActivated')
    expect(event?.args.toArray()).toEqual([first.id, 0n, first.hash, 'https://models.example/v1.gguf'])
    expect(await s.models.activeModelId()).toBe(first.id)
    const [activeId, active] = await s.models.activeModel()
    expect([activeId, active.ggufSha256]).toEqual([first.id, first.hash])

    await s.models.connect(s.timelock).approve(second.id)
    await s.models.connect(s.timelock).activate(second.id)
    expect(await s.models.activeModelId()).toBe(second.id)
    // Switching back to an earlier approved version is allowed.
    await s.models.connect(s.timelock).activate(first.id)
    expect(await s.models.activeModelId()).toBe(first.id)
  })

  it('rejects submissions with an empty name or URI, a zero or duplicate hash', async () => {
    const m = s.models.connect(s.users[1])
    const hash = hexlify(randomBytes(32))
    await expectRevert(m.submit('', hash, 'u', salt()), s.models, 'ModelRegistryEmptyName', [])
    await expectRevert(m.submit('n', hash, '', salt()), s.models, 'ModelRegistryEmptyUri', [])
    await expectRevert(m.submit('n', ZeroHash, 'u', salt()), s.models, 'ModelRegistryZeroHash', [])
    await submit('n', hash)
    // A later commitment to a hash already revealed changes nothing.
    const late = await commit(s.users[1], hash)
    await expectRevert(m.submit('n2', hash, 'u2', late), s.models, 'ModelRegistryDuplicateHash', [hash, 1n])
  })

  describe('commit and reveal', () => {
    it('needs a commitment by the revealing account, made in an earlier block, used once', async () => {
      const [alice, mallory] = [s.users[0], s.users[1]]
      const hash = hexlify(randomBytes(32))
      // No commitment at all (the old one-step submit), a wrong salt, another account's commitment.
      await expectRevert(s.models.connect(alice).submit('v1', hash, 'u', salt()), s.models, 'ModelRegistryNotCommitted', [hash, alice.address])
      const secret = await commit(alice, hash)
      await expectRevert(s.models.connect(alice).submit('v1', hash, 'u', salt()), s.models, 'ModelRegistryNotCommitted', [hash, alice.address])
      await expectRevert(s.models.connect(mallory).submit('v1', hash, 'u', secret), s.models, 'ModelRegistryNotCommitted', [hash, mallory.address])
      await expectRevert(s.models.connect(mallory).submitWithDataset('v1', hash, 'u', hexlify(randomBytes(32)), secret), s.models, 'ModelRegistryNotCommitted', [hash, mallory.address])
      const commitment = modelSubmissionCommitment(hash, alice.address, secret)
      expect(await s.models.submissionCommitment(hash, alice.address, secret)).toBe(commitment)
      const committedAt = await s.models.commitmentBlock(commitment)
      expect(committedAt).toBeGreaterThan(0n)
      expect(await logsOf(s.models.connect(alice).submit('v1', hash, 'u', secret))).toEqual([['ModelSubmitted', 1n, alice.address, 'v1', hash, 'u']])
      expect(await s.models.trainerCommitBlockOf(1n)).toBe(committedAt)
      expect(await s.models.commitmentBlock(commitment)).toBe(0n)
      // The commitment is spent: revealing it again is a duplicate, not a second model.
      await expectRevert(s.models.connect(alice).submit('v1', hash, 'u', secret), s.models, 'ModelRegistryDuplicateHash', [hash, 1n])
      await expectRevert(s.models.trainerCommitBlockOf(2n), s.models, 'ModelRegistryUnknownModel', [2n])
    })

    it('rejects a zero commitment and keeps the first block of a repeated one, with one event', async () => {
      await expectRevert(s.models.connect(s.users[0]).commitSubmission(ZeroHash), s.models, 'ModelRegistryZeroCommitment', [])
      const commitment = modelSubmissionCommitment(hexlify(randomBytes(32)), s.users[0].address, salt())
      const logged = await logsOf(s.models.connect(s.users[0]).commitSubmission(commitment))
      const first = await s.models.commitmentBlock(commitment)
      expect(logged).toEqual([['ModelSubmissionCommitted', commitment, s.users[0].address, first]])
      // Someone replaying the commitment (it names Alice as trainer: it can only help her) changes nothing.
      expect(await logsOf(s.models.connect(s.users[1]).commitSubmission(commitment))).toEqual([])
      expect(await s.models.commitmentBlock(commitment)).toBe(first)
    })

    it('refuses a reveal in the commitment\'s own block', async () => {
      const alice = s.users[0]
      const hash = hexlify(randomBytes(32))
      const secret = salt()
      const commitment = modelSubmissionCommitment(hash, alice.address, secret)
      await s.ethers.provider.send('evm_setAutomine', [false])
      try {
        await s.models.connect(alice).commitSubmission(commitment, { gasLimit: 200_000n })
        const reveal = await s.models.connect(alice).submit('v1', hash, 'u', secret, { gasLimit: 500_000n })
        await s.ethers.provider.send('evm_mine', [])
        const block = await s.ethers.provider.getBlockNumber()
        await expect(reveal.wait()).rejects.toThrow()
        // Simulated in the same block as the commitment: too early.
        await expectRevert(s.models.connect(alice).submit.staticCall('v1', hash, 'u', secret, { blockTag: block }), s.models, 'ModelRegistryRevealTooEarly', [commitment, BigInt(block)])
      } finally {
        await s.ethers.provider.send('evm_setAutomine', [true])
      }
      expect(await s.models.modelCount()).toBe(0n)
      // From the next block on it goes through.
      await (await s.models.connect(alice).submit('v1', hash, 'u', secret)).wait()
      expect((await s.models.getModel(1n)).trainer).toBe(alice.address)
    })

    it('gives a hash to the earliest commitment: a copier who revealed first loses the trainer role', async () => {
      const [alice, mallory] = [s.users[0], s.users[1]]
      const hash = hexlify(randomBytes(32))
      const aliceSalt = await commit(alice, hash)
      // Mallory learns the hash (Alice's published file or pending reveal), commits and reveals first.
      const mallorySalt = await commit(mallory, hash)
      await (await s.models.connect(mallory).submitWithDataset('stolen', hash, 'hf:mallory/m.gguf', hexlify(randomBytes(32)), mallorySalt)).wait()
      expect((await s.models.getModel(1n)).trainer).toBe(mallory.address)
      const aliceBlock = await s.models.commitmentBlock(modelSubmissionCommitment(hash, alice.address, aliceSalt))
      const declared = await s.models.datasetHashOf(1n)
      expect(await logsOf(s.models.connect(alice).submitWithDataset('mine', hash, 'hf:alice/m.gguf', hexlify(randomBytes(32)), aliceSalt))).toEqual([
        ['ModelTrainerReclaimed', 1n, mallory.address, alice.address, aliceBlock]
      ])
      const model = await s.models.getModel(1n)
      // Only the trainer changes: the same file, under the name, URI and dataset first revealed.
      expect([model.trainer, model.name, model.uri, await s.models.datasetHashOf(1n), await s.models.modelCount()]).toEqual([alice.address, 'stolen', 'hf:mallory/m.gguf', declared, 1n])
      expect(await s.models.trainerCommitBlockOf(1n)).toBe(aliceBlock)
      // Mallory cannot take it back with a newer commitment, nor with one of the same block.
      const again = await commit(mallory, hash)
      await expectRevert(s.models.connect(mallory).submit('stolen', hash, 'u', again), s.models, 'ModelRegistryDuplicateHash', [hash, 1n])
    })
  })

  it('enforces the status machine and known ids', async () => {
    const { id } = await submit()
    const t = s.models.connect(s.timelock)
    await expectRevert(t.activate(id), s.models, 'ModelRegistryInvalidStatus', [id, Status.Submitted, Status.Approved])
    await expectRevert(t.approve(0n), s.models, 'ModelRegistryUnknownModel', [0n])
    await expectRevert(t.approve(2n), s.models, 'ModelRegistryUnknownModel', [2n])
    await expectRevert(s.models.getModel(7n), s.models, 'ModelRegistryUnknownModel', [7n])
    await t.approve(id)
    await expectRevert(t.approve(id), s.models, 'ModelRegistryInvalidStatus', [id, Status.Approved, Status.Submitted])
    await expectRevert(t.reject(id), s.models, 'ModelRegistryInvalidStatus', [id, Status.Approved, Status.Submitted])
    await t.activate(id)
    await expectRevert(t.activate(id), s.models, 'ModelRegistryAlreadyActive', [id])

    const other = await submit('bad')
    await t.reject(other.id)
    expect((await s.models.getModel(other.id)).status).toBe(Status.Rejected)
    await expectRevert(t.approve(other.id), s.models, 'ModelRegistryInvalidStatus', [other.id, Status.Rejected, Status.Submitted])
    await expectRevert(t.activate(other.id), s.models, 'ModelRegistryInvalidStatus', [other.id, Status.Rejected, Status.Approved])
  })

  it('lets only governance approve, reject and activate', async () => {
    const { id } = await submit()
    for (const caller of [s.deployer, s.users[0], s.stranger]) {
      await expectRevert(s.models.connect(caller).approve(id), s.models, 'AccessControlUnauthorizedAccount', [caller.address, ADMIN_ROLE])
      await expectRevert(s.models.connect(caller).reject(id), s.models, 'AccessControlUnauthorizedAccount', [caller.address, ADMIN_ROLE])
      await expectRevert(s.models.connect(caller).activate(id), s.models, 'AccessControlUnauthorizedAccount', [caller.address, ADMIN_ROLE])
    }
  })

  describe('datasets and evaluations', () => {
    const datasetHash = hexlify(randomBytes(32))
    const reportHash = hexlify(randomBytes(32))
    const reportUri = 'ipfs://bafy-report'
    const evaluator = () => s.users[2]
    const grantEvaluator = async () => { await (await s.models.connect(s.timelock).grantRole(EVALUATOR_ROLE, evaluator().address)).wait() }
    const events = async (tx: Promise<{ wait: () => Promise<unknown> }>) => {
      const receipt = await (await tx).wait() as { logs: Parameters<typeof s.models.interface.parseLog>[0][] }
      return receipt.logs.map((log) => s.models.interface.parseLog(log)).filter((e) => e !== null).map((e) => [e.name, ...e.args.toArray()])
    }

    it('records the dataset hash a trainer declares, with an event', async () => {
      const hash = hexlify(randomBytes(32))
      const secret = await commit(s.users[0], hash)
      const logged = await events(s.models.connect(s.users[0]).submitWithDataset('v1', hash, 'https://m/v1.gguf', datasetHash, secret))
      expect(logged).toEqual([
        ['ModelSubmitted', 1n, s.users[0].address, 'v1', hash, 'https://m/v1.gguf'],
        ['ModelDatasetDeclared', 1n, datasetHash]
      ])
      expect(await s.models.datasetHashOf(1n)).toBe(datasetHash)
      expect((await s.models.getModel(1n)).trainer).toBe(s.users[0].address)
      // A plain submission declares none.
      const plain = await submit()
      expect(await s.models.datasetHashOf(plain.id)).toBe(ZeroHash)
    })

    it('rejects a zero dataset hash and the usual bad submissions through submitWithDataset', async () => {
      const m = s.models.connect(s.users[1])
      const hash = hexlify(randomBytes(32))
      const secret = salt()
      await expectRevert(m.submitWithDataset('n', hash, 'u', ZeroHash, secret), s.models, 'ModelRegistryZeroDatasetHash', [])
      await expectRevert(m.submitWithDataset('', hash, 'u', datasetHash, secret), s.models, 'ModelRegistryEmptyName', [])
      await expectRevert(m.submitWithDataset('n', hash, '', datasetHash, secret), s.models, 'ModelRegistryEmptyUri', [])
      await expectRevert(m.submitWithDataset('n', ZeroHash, 'u', datasetHash, secret), s.models, 'ModelRegistryZeroHash', [])
      await submit('n', hash)
      const late = await commit(s.users[1], hash)
      await expectRevert(m.submitWithDataset('n', hash, 'u', datasetHash, late), s.models, 'ModelRegistryDuplicateHash', [hash, 1n])
      await expectRevert(s.models.datasetHashOf(9n), s.models, 'ModelRegistryUnknownModel', [9n])
      await expectRevert(s.models.getEvaluation(9n, s.users[2].address), s.models, 'ModelRegistryUnknownModel', [9n])
      await expectRevert(s.models.getEvaluations(9n), s.models, 'ModelRegistryUnknownModel', [9n])
    })

    it('lets an evaluator record (and replace) its own evaluation, with events', async () => {
      const { id } = await submit()
      await grantEvaluator()
      expect(await events(s.models.connect(evaluator()).recordEvaluation(id, 0n, reportHash, reportUri, false))).toEqual([
        ['ModelEvaluationRecorded', id, evaluator().address, 0n, reportHash, reportUri, false]
      ])
      const second = hexlify(randomBytes(32))
      await s.models.connect(s.timelock).approve(id)
      await (await s.models.connect(evaluator()).recordEvaluation(id, 0n, second, 'https://r/2.json', true)).wait()
      const evaluation = await s.models.getEvaluation(id, evaluator().address)
      expect((await s.models.getEvaluations(id)).length).toBe(1)
      expect((await s.models.getEvaluation(id, s.stranger.address)).recordedAt).toBe(0n)
      expect([evaluation.reportHash, evaluation.uri, evaluation.baselineId, evaluation.passed, evaluation.evaluator]).toEqual([second, 'https://r/2.json', 0n, true, evaluator().address])
      expect(evaluation.recordedAt).toBeGreaterThan(0n)
    })

    it('lets only evaluators record, never for their own model, a rejected one, a bad baseline or an empty report', async () => {
      const { id } = await submit()
      for (const caller of [s.deployer, s.users[0], s.stranger]) {
        await expectRevert(s.models.connect(caller).recordEvaluation(id, 0n, reportHash, reportUri, true), s.models, 'AccessControlUnauthorizedAccount', [caller.address, EVALUATOR_ROLE])
      }
      // Governance itself holds no evaluator role: it votes on the evidence, it does not produce it.
      await expectRevert(s.models.connect(s.timelock).recordEvaluation(id, 0n, reportHash, reportUri, true), s.models, 'AccessControlUnauthorizedAccount', [s.timelockAddress, EVALUATOR_ROLE])
      await grantEvaluator()
      const e = s.models.connect(evaluator())
      await expectRevert(e.recordEvaluation(0n, 0n, reportHash, reportUri, true), s.models, 'ModelRegistryUnknownModel', [0n])
      await expectRevert(e.recordEvaluation(5n, 0n, reportHash, reportUri, true), s.models, 'ModelRegistryUnknownModel', [5n])
      await expectRevert(e.recordEvaluation(id, id, reportHash, reportUri, true), s.models, 'ModelRegistryInvalidBaseline', [id, id])
      await expectRevert(e.recordEvaluation(id, 4n, reportHash, reportUri, true), s.models, 'ModelRegistryInvalidBaseline', [id, 4n])
      await expectRevert(e.recordEvaluation(id, 0n, ZeroHash, reportUri, true), s.models, 'ModelRegistryZeroReportHash', [])
      await expectRevert(e.recordEvaluation(id, 0n, reportHash, '', true), s.models, 'ModelRegistryEmptyReportUri', [])
      // An evaluator who is also a trainer cannot certify its own candidate.
      const own = await submitModelAs(s.models, evaluator(), 'own', hexlify(randomBytes(32)), 'u')
      await expectRevert(e.recordEvaluation(own, 0n, reportHash, reportUri, true), s.models, 'ModelRegistrySelfEvaluation', [own, evaluator().address])
      await s.models.connect(s.timelock).reject(id)
      await expectRevert(e.recordEvaluation(id, 0n, reportHash, reportUri, true), s.models, 'ModelRegistryEvaluationOfRejected', [id])
      // Revoked by governance: no more records.
      await (await s.models.connect(s.timelock).revokeRole(EVALUATOR_ROLE, evaluator().address)).wait()
      await expectRevert(e.recordEvaluation(own, 0n, reportHash, reportUri, true), s.models, 'AccessControlUnauthorizedAccount', [evaluator().address, EVALUATOR_ROLE])
    })

    it('lets only governance set the evaluation requirement, with an event', async () => {
      expect(await s.models.evaluationRequired()).toBe(false)
      for (const caller of [s.deployer, s.users[0], s.stranger]) {
        await expectRevert(s.models.connect(caller).setEvaluationRequired(true), s.models, 'AccessControlUnauthorizedAccount', [caller.address, ADMIN_ROLE])
      }
      expect(await events(s.models.connect(s.timelock).setEvaluationRequired(true))).toEqual([['EvaluationRequirementSet', true]])
      expect(await s.models.evaluationRequired()).toBe(true)
    })

    it('gates activation on a passing evaluation against the model active now', async () => {
      const t = s.models.connect(s.timelock)
      await grantEvaluator()
      const e = s.models.connect(evaluator())
      await (await t.setEvaluationRequired(true)).wait()
      const first = await submit('v1')
      const second = await submit('v2')
      const third = await submit('v3')
      for (const model of [first, second, third]) await (await t.approve(model.id)).wait()

      await expectRevert(t.activate(first.id), s.models, 'ModelRegistryEvaluationRequired', [first.id])
      await (await e.recordEvaluation(first.id, 0n, reportHash, reportUri, false)).wait()
      await expectRevert(t.activate(first.id), s.models, 'ModelRegistryEvaluationFailed', [first.id, evaluator().address, 0n])
      await (await e.recordEvaluation(first.id, 0n, reportHash, reportUri, true)).wait()
      await (await t.activate(first.id)).wait()

      // v2 passed against "nothing active" (0) and v3 against v1: once v1 is active, only v3's verdict holds.
      await (await e.recordEvaluation(second.id, 0n, reportHash, reportUri, true)).wait()
      await expectRevert(t.activate(second.id), s.models, 'ModelRegistryEvaluationStale', [second.id, 0n, first.id])
      await (await e.recordEvaluation(third.id, first.id, reportHash, reportUri, true)).wait()
      await (await t.activate(third.id)).wait()
      expect(await s.models.activeModelId()).toBe(third.id)

      // Rolling back to v1 (evaluated against nothing) needs the requirement lifted, as governance decides.
      await expectRevert(t.activate(first.id), s.models, 'ModelRegistryEvaluationStale', [first.id, 0n, third.id])
      await (await t.setEvaluationRequired(false)).wait()
      await (await t.activate(first.id)).wait()
      expect(await s.models.activeModelId()).toBe(first.id)
    })

    it('keeps every evaluator\'s record: one pass does not erase another evaluator\'s failure', async () => {
      const t = s.models.connect(s.timelock)
      const [e1, e2] = [evaluator(), s.stranger]
      for (const account of [e1, e2]) await (await t.grantRole(EVALUATOR_ROLE, account.address)).wait()
      await (await t.setEvaluationRequired(true)).wait()
      const { id } = await submit()
      await (await t.approve(id)).wait()
      await (await s.models.connect(e1).recordEvaluation(id, 0n, reportHash, reportUri, false)).wait()
      await (await s.models.connect(e2).recordEvaluation(id, 0n, reportHash, 'ipfs://pass', true)).wait()
      const records = await s.models.getEvaluations(id)
      expect(records.map((record) => [record.evaluator, record.passed, record.uri])).toEqual([[e1.address, false, reportUri], [e2.address, true, 'ipfs://pass']])
      await expectRevert(t.activate(id), s.models, 'ModelRegistryEvaluationFailed', [id, e1.address, 0n])
      // E1 re-evaluates and passes it (its own record is replaced, not a second one added).
      await (await s.models.connect(e1).recordEvaluation(id, 0n, reportHash, reportUri, true)).wait()
      expect((await s.models.getEvaluations(id)).length).toBe(2)
      await (await t.activate(id)).wait()
      expect(await s.models.activeModelId()).toBe(id)
    })

    it('ignores failures against an older baseline and the records of revoked evaluators', async () => {
      const t = s.models.connect(s.timelock)
      const [e1, e2] = [evaluator(), s.stranger]
      for (const account of [e1, e2]) await (await t.grantRole(EVALUATOR_ROLE, account.address)).wait()
      await (await t.setEvaluationRequired(true)).wait()
      const first = await submit('v1')
      const second = await submit('v2')
      for (const model of [first, second]) await (await t.approve(model.id)).wait()
      // E1 failed v2 when nothing was active; once v1 is active, that failure is stale.
      await (await s.models.connect(e1).recordEvaluation(second.id, 0n, reportHash, reportUri, false)).wait()
      await (await s.models.connect(e2).recordEvaluation(first.id, 0n, reportHash, reportUri, true)).wait()
      await (await t.activate(first.id)).wait()
      await expectRevert(t.activate(second.id), s.models, 'ModelRegistryEvaluationRequired', [second.id])
      await (await s.models.connect(e2).recordEvaluation(second.id, first.id, reportHash, reportUri, true)).wait()
      await (await s.models.connect(e1).recordEvaluation(second.id, first.id, reportHash, reportUri, false)).wait()
      await expectRevert(t.activate(second.id), s.models, 'ModelRegistryEvaluationFailed', [second.id, e1.address, first.id])
      // Governance revokes E1: its failure no longer counts (nor would a pass of its).
      await (await t.revokeRole(EVALUATOR_ROLE, e1.address)).wait()
      await (await t.activate(second.id)).wait()
      expect(await s.models.activeModelId()).toBe(second.id)
      // A revoked evaluator's pass opens nothing either.
      const third = await submit('v3')
      await (await t.approve(third.id)).wait()
      await (await t.grantRole(EVALUATOR_ROLE, e1.address)).wait()
      await (await s.models.connect(e1).recordEvaluation(third.id, second.id, reportHash, reportUri, true)).wait()
      await (await t.revokeRole(EVALUATOR_ROLE, e1.address)).wait()
      await expectRevert(t.activate(third.id), s.models, 'ModelRegistryEvaluationRequired', [third.id])
    })
  })
})
