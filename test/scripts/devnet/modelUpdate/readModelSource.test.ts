import { appendFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { logOffset, readModelSwitch } from '../../../../scripts/devnet/modelUpdate/readModelSource.ts'
import { temporaryDirectory } from '../../../helpers/network.ts'

const SHA = `0x${'ab'.repeat(32)}`
const OTHER = `0x${'cd'.repeat(32)}`
const line = (fields: Record<string, unknown>): string => `${JSON.stringify({ level: 30, time: 1, pid: 1, name: 'maia-node', ...fields })}\n`

describe('readModelSwitch', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let log: string
  beforeEach(async () => {
    directory = await temporaryDirectory('maia-model-source-')
    log = join(directory.path, 'node.log')
  })
  afterEach(async () => { await directory.remove() })

  it('reads a download from peers and the switch, for the asked hash only', async () => {
    await writeFile(log, [
      'Loading model 100%\n',
      line({ component: 'node:models', sha256: OTHER, msg: 'fetching the model from its registry URI' }),
      line({ component: 'node:models', sha256: SHA, peers: 2, msg: 'fetching the model from peers' }),
      line({ component: 'node:models', sha256: SHA, path: '/m/ab.gguf', msg: 'model fetched from peers and verified' }),
      line({ component: 'node:follow', sha256: SHA, ms: 812, msg: 'switched to the activated model' })
    ].join(''))
    expect(await readModelSwitch(log, SHA)).toEqual({ switched: true, source: 'peers', peers: 2, loadMs: 812 })
  })

  it('says the registry URI when the node fell back to it, even after trying peers', async () => {
    await writeFile(log, [
      line({ sha256: SHA, peers: 1, msg: 'fetching the model from peers' }),
      line({ sha256: SHA, reason: 'stalled', msg: 'could not fetch the model from peers' }),
      line({ sha256: SHA, uri: '/models/v2.gguf', msg: 'fetching the model from its registry URI' }),
      line({ sha256: SHA, ms: 90, msg: 'switched to the activated model' })
    ].join(''))
    expect((await readModelSwitch(log, SHA)).source).toBe('uri')
  })

  it('says the store when the node switched without fetching, and nothing before it switched', async () => {
    await writeFile(log, line({ sha256: SHA, msg: 'governance activated a new model: loading it' }))
    expect(await readModelSwitch(log, SHA)).toEqual({ switched: false, source: undefined })
    await appendFile(log, line({ sha256: SHA, ms: 5, msg: 'switched to the activated model' }))
    expect(await readModelSwitch(log, SHA)).toMatchObject({ switched: true, source: 'store' })
  })

  it('prefers a source the node logs itself', async () => {
    await writeFile(log, line({ sha256: SHA, source: 'uri', msg: 'activated model file ready' }) + line({ sha256: SHA, msg: 'switched to the activated model' }))
    expect((await readModelSwitch(log, SHA)).source).toBe('uri')
  })

  it('reads only what came after an offset (an earlier run on the same log)', async () => {
    await writeFile(log, line({ sha256: SHA, msg: 'model fetched from peers and verified' }) + line({ sha256: SHA, msg: 'switched to the activated model' }))
    const offset = await logOffset(log)
    await appendFile(log, line({ sha256: SHA, msg: 'switched to the activated model' }))
    expect((await readModelSwitch(log, SHA, offset)).source).toBe('store')
    expect(await logOffset(join(directory.path, 'missing.log'))).toBe(0)
    expect(await readModelSwitch(join(directory.path, 'missing.log'), SHA)).toEqual({ switched: false, source: undefined })
  })
})
