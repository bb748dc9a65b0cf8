import { hexlify, id as keccakText, randomBytes, ZeroHash } from 'ethers'
import { describe, expect, it } from 'vitest'
import { type Suite } from './support/suite.ts'
import { useSuiteFixture } from './support/useSuiteFixture.ts'
import { expectRevert } from './support/expectRevert.ts'

const ADMIN_ROLE = '0x' + '00'.repeat(32)
const EVALUATOR_ROLE = keccakText('EVALUATOR_ROLE')
const Status = { None: 0n, Submitted: 1n, Approved: 2n, Rejected: 3n } as const

describe('ModelRegistry', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })

  const submit = async (name = 'maia-guide-1b v1', hash = hexlify(randomBytes(32)), uri = 'https://models.example/v1.gguf') => {
    await (await s.models.connect(s.users[0]).submit(name, hash, uri)).wait()
    return { id: await s.models.modelCount(), hash }
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
    await expectRevert(m.submit('', hash, 'u'), s.models, 'ModelRegistryEmptyName', [])
    await expectRevert(m.submit('n', hash, ''), s.models, 'ModelRegistryEmptyUri', [])
    await expectRevert(m.submit('n', ZeroHash, 'u'), s.models, 'ModelRegistryZeroHash', [])
    await submit('n', hash)
    await expectRevert(m.submit('n2', hash, 'u2'), s.models, 'ModelRegistryDuplicateHash', [hash, 1n])
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
      const logged = await events(s.models.connect(s.users[0]).submitWithDataset('v1', hash, 'https://m/v1.gguf', datasetHash))
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
      const m = s.models.connect(s.users[0])
      const hash = hexlify(randomBytes(32))
      await expectRevert(m.submitWithDataset('n', hash, 'u', ZeroHash), s.models, 'ModelRegistryZeroDatasetHash', [])
      await expectRevert(m.submitWithDataset('', hash, 'u', datasetHash), s.models, 'ModelRegistryEmptyName', [])
      await expectRevert(m.submitWithDataset('n', hash, '', datasetHash), s.models, 'ModelRegistryEmptyUri', [])
      await expectRevert(m.submitWithDataset('n', ZeroHash, 'u', datasetHash), s.models, 'ModelRegistryZeroHash', [])
      await submit('n', hash)
      await expectRevert(m.submitWithDataset('n', hash, 'u', datasetHash), s.models, 'ModelRegistryDuplicateHash', [hash, 1n])
      await expectRevert(s.models.datasetHashOf(9n), s.models, 'ModelRegistryUnknownModel', [9n])
      await expectRevert(s.models.getEvaluation(9n), s.models, 'ModelRegistryUnknownModel', [9n])
    })

    it('lets an evaluator record (and replace) an evaluation, with events', async () => {
      const { id } = await submit()
      await grantEvaluator()
      expect(await events(s.models.connect(evaluator()).recordEvaluation(id, 0n, reportHash, reportUri, false))).toEqual([
        ['ModelEvaluationRecorded', id, evaluator().address, 0n, reportHash, reportUri, false]
      ])
      const second = hexlify(randomBytes(32))
      await s.models.connect(s.timelock).approve(id)
      await (await s.models.connect(evaluator()).recordEvaluation(id, 0n, second, 'https://r/2.json', true)).wait()
      const evaluation = await s.models.getEvaluation(id)
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
      await (await s.models.connect(evaluator()).submit('own', hexlify(randomBytes(32)), 'u')).wait()
      const own = await s.models.modelCount()
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
      await expectRevert(t.activate(first.id), s.models, 'ModelRegistryEvaluationRequired', [first.id])
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
  })
})
