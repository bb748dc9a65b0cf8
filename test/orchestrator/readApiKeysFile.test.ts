import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readApiKeysFile } from '../../orchestrator/startOrchestratorFromConfig.ts'

describe('--api-keys-file', () => {
  let directory: string
  beforeAll(async () => { directory = await mkdtemp(join(tmpdir(), 'maia-api-keys-')) })
  afterAll(async () => { await rm(directory, { recursive: true, force: true }) })

  it('reads one key per line, comments and blank lines skipped, from a file only its owner can read', async () => {
    const file = join(directory, 'keys')
    await writeFile(file, 'app-one-key-123 # the first app\n\n# a note\napp-two-key-456\n', { mode: 0o600 })
    await expect(readApiKeysFile(file)).resolves.toEqual(['app-one-key-123', 'app-two-key-456'])
  })

  it('refuses a file other users can read: it holds every app\'s secret, like a key file', async () => {
    const file = join(directory, 'readable')
    await writeFile(file, 'app-one-key-123\n', { mode: 0o600 })
    await chmod(file, 0o644)
    await expect(readApiKeysFile(file)).rejects.toMatchObject({ name: 'InsecureKeyFileError' })
  })

  it('says when the file is missing, and when a key is too short', async () => {
    await expect(readApiKeysFile(join(directory, 'absent'))).rejects.toMatchObject({ name: 'InvalidConfigError', message: expect.stringContaining('does not exist') })
    const file = join(directory, 'short')
    await writeFile(file, 'short\n', { mode: 0o600 })
    await expect(readApiKeysFile(file)).rejects.toMatchObject({ name: 'InvalidConfigError', message: expect.stringContaining('at least 8 characters') })
  })
})
