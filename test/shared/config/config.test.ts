import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { envName, loadConfig } from '../../../shared/config/loadConfig.ts'
import { nodeConfigSchema, orchestratorConfigSchema } from '../../../shared/config/schemas.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

describe('loadConfig: defaults < file < env < flags, one schema', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  beforeEach(async () => { directory = await temporaryDirectory() })
  afterEach(async () => { await directory.remove() })

  it('layers the sources in order and coerces environment text to the field types', async () => {
    const file = join(directory.path, 'node.json')
    await writeFile(file, JSON.stringify({ model: '/from/file.gguf', maxConcurrent: 2, threads: 3 }))
    const config = await loadConfig(nodeConfigSchema, {
      file,
      env: { MAIA_NODE_MAX_CONCURRENT: '4', MAIA_NODE_BOOTSTRAP: '/ip4/127.0.0.1/tcp/1,/ip4/127.0.0.1/tcp/2', MAIA_NODE_PRICE_PER_1K_TOKENS: '42', MAIA_NODE_GPU: 'false' },
      envPrefix: 'MAIA_NODE_',
      flags: { threads: 1, model: undefined }
    })
    expect(config.model).toBe('/from/file.gguf')
    expect(config.maxConcurrent).toBe(4)
    expect(config.threads).toBe(1)
    expect(config.bootstrap).toEqual(['/ip4/127.0.0.1/tcp/1', '/ip4/127.0.0.1/tcp/2'])
    expect(config.gpu).toBe(false)
    expect(config.pricePer1kTokens).toBe('42')
    expect(config.maxQueued).toBe(16)
    expect(envName('MAIA_NODE_', 'pricePer1kTokens')).toBe('MAIA_NODE_PRICE_PER_1K_TOKENS')
  })

  it('reports every invalid field with its source, and unknown keys in files', async () => {
    const file = join(directory.path, 'bad.json')
    await writeFile(file, JSON.stringify({ maxConcurrent: 0, listen: ['tcp/1'], typo: true }))
    const error = await loadConfig(nodeConfigSchema, { file, env: {}, envPrefix: 'MAIA_NODE_' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'InvalidConfigError' })
    const message = (error as Error).message
    expect(message).toContain(file)
    expect(message).toMatch(/maxConcurrent/)
    expect(message).toMatch(/listen\.0: a multiaddr starts with "\/"/)
    expect(message).toMatch(/typo/)
  })

  it('rejects unreadable or non-object files and bad env numbers', async () => {
    await expect(loadConfig(orchestratorConfigSchema, { file: join(directory.path, 'missing.json'), envPrefix: 'X_' })).rejects.toThrow(/cannot read/)
    const array = join(directory.path, 'array.json')
    await writeFile(array, '[1]')
    await expect(loadConfig(orchestratorConfigSchema, { file: array, envPrefix: 'X_' })).rejects.toThrow(/expected a JSON object/)
    await expect(loadConfig(orchestratorConfigSchema, { env: { X_HTTP_PORT: 'eighty' }, envPrefix: 'X_' })).rejects.toThrow(/httpPort/)
    await expect(loadConfig(orchestratorConfigSchema, { flags: { apiKeys: ['short'] }, envPrefix: 'X_' })).rejects.toThrow(/at least 8 characters/)
  })
})
