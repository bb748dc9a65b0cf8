import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../shared/config/loadConfig.ts'
import { orchestratorConfigSchema } from '../../../shared/config/schemas.ts'

const apiKeys = ['an-api-key-123']

describe('the per-key storage budgets in the orchestrator config', () => {
  it('leaves them to the memory\'s and the ledger\'s defaults unless given, and reads them from the environment', async () => {
    const defaults = await loadConfig(orchestratorConfigSchema, { flags: { apiKeys }, envPrefix: 'MAIA_ORCHESTRATOR_' })
    expect([defaults.memoryBytesPerKey, defaults.sessionBytesPerKey, defaults.carefulSessionBytesPerKey, defaults.markerBytesPerKey, defaults.carefulMarkerBytesPerKey]).toEqual([undefined, undefined, undefined, undefined, undefined])
    const fromEnv = await loadConfig(orchestratorConfigSchema, {
      env: { MAIA_ORCHESTRATOR_MEMORY_BYTES_PER_KEY: '16777216', MAIA_ORCHESTRATOR_SESSION_BYTES_PER_KEY: '4194304', MAIA_ORCHESTRATOR_CAREFUL_SESSION_BYTES_PER_KEY: '2097152', MAIA_ORCHESTRATOR_MARKER_BYTES_PER_KEY: '524288', MAIA_ORCHESTRATOR_CAREFUL_MARKER_BYTES_PER_KEY: '262144' },
      envPrefix: 'MAIA_ORCHESTRATOR_', flags: { apiKeys }
    })
    expect(fromEnv).toMatchObject({ memoryBytesPerKey: 16_777_216, sessionBytesPerKey: 4_194_304, carefulSessionBytesPerKey: 2_097_152, markerBytesPerKey: 524_288, carefulMarkerBytesPerKey: 262_144 })
  })

  it('refuses a budget under 64 KiB', async () => {
    for (const name of ['memoryBytesPerKey', 'sessionBytesPerKey', 'carefulSessionBytesPerKey', 'markerBytesPerKey', 'carefulMarkerBytesPerKey']) {
      await expect(loadConfig(orchestratorConfigSchema, { flags: { apiKeys, [name]: 4_096 }, envPrefix: 'MAIA_ORCHESTRATOR_' })).rejects.toThrow(new RegExp(name))
    }
  })
})
