import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../shared/config/loadConfig.ts'
import { orchestratorConfigSchema } from '../../../shared/config/schemas.ts'

const apiKeys = ['an-api-key-123']

describe('the distillation set\'s bounds in the orchestrator config', () => {
  it('leaves them to the set\'s defaults unless given, reads them from the environment, and takes 0 for no set', async () => {
    const defaults = await loadConfig(orchestratorConfigSchema, { flags: { apiKeys }, envPrefix: 'MAIA_ORCHESTRATOR_' })
    expect([defaults.distillationMaxBytes, defaults.distillationKeyShare]).toEqual([undefined, undefined])
    const fromEnv = await loadConfig(orchestratorConfigSchema, {
      env: { MAIA_ORCHESTRATOR_DISTILLATION_MAX_BYTES: '1048576', MAIA_ORCHESTRATOR_DISTILLATION_KEY_SHARE: '0.25' }, envPrefix: 'MAIA_ORCHESTRATOR_', flags: { apiKeys }
    })
    expect(fromEnv).toMatchObject({ distillationMaxBytes: 1_048_576, distillationKeyShare: 0.25 })
    expect(await loadConfig(orchestratorConfigSchema, { flags: { apiKeys, distillationMaxBytes: 0 }, envPrefix: 'MAIA_ORCHESTRATOR_' })).toMatchObject({ distillationMaxBytes: 0 })
  })

  it('refuses a budget too small to hold a sample and a share outside (0, 1]', async () => {
    await expect(loadConfig(orchestratorConfigSchema, { flags: { apiKeys, distillationMaxBytes: 1_000 }, envPrefix: 'MAIA_ORCHESTRATOR_' })).rejects.toThrow(/distillationMaxBytes/)
    await expect(loadConfig(orchestratorConfigSchema, { flags: { apiKeys, distillationKeyShare: 0 }, envPrefix: 'MAIA_ORCHESTRATOR_' })).rejects.toThrow(/distillationKeyShare/)
    await expect(loadConfig(orchestratorConfigSchema, { flags: { apiKeys, distillationKeyShare: 1.5 }, envPrefix: 'MAIA_ORCHESTRATOR_' })).rejects.toThrow(/distillationKeyShare/)
  })
})
