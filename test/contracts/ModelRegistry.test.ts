import { hexlify, randomBytes, ZeroHash } from 'ethers'
import { describe, expect, it } from 'vitest'
import { type Suite } from './support/suite.ts'
import { useSuiteFixture } from './support/useSuiteFixture.ts'
import { expectRevert } from './support/expectRevert.ts'

const ADMIN_ROLE = '0x' + '00'.repeat(32)
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
})
