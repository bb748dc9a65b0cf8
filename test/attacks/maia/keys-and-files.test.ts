import { execFile } from 'node:child_process'
import { chmod, mkdir, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../shared/config/loadConfig.ts'
import { orchestratorConfigSchema } from '../../../shared/config/schemas.ts'
import { loadOrCreateSecret } from '../../../shared/keys/loadOrCreateSecret.ts'
import { ETH_KEY_FILE, LIBP2P_KEY_FILE, loadOrCreateIdentity } from '../../../shared/keys/nodeIdentity.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

// Attacks on the secrets on disk: the node's two keys and the orchestrator's memory secret (files
// created with modes others can read, a secret reached through a symlink, key material echoed in
// an error), and configuration that carries secrets (echoed when it fails validation).

const run = promisify(execFile)
const CLI = fileURLToPath(new URL('../../../scripts/maia.js', import.meta.url))

describe('ATTACK secrets on disk and in errors', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  beforeEach(async () => { directory = await temporaryDirectory('maia-attack-keys-') })
  afterEach(async () => { await directory.remove() })

  it('defended: with umask 000 the keys and the memory secret are still created 0600, in a new folder made 0700', async () => {
    const previous = process.umask(0)
    try {
      const dataDir = join(directory.path, 'fresh', 'node')
      await loadOrCreateIdentity(dataDir)
      await loadOrCreateSecret(join(directory.path, 'fresh', 'orchestrator', 'memory.secret'))
      for (const file of [join(dataDir, LIBP2P_KEY_FILE), join(dataDir, ETH_KEY_FILE), join(directory.path, 'fresh', 'orchestrator', 'memory.secret')]) {
        expect((await stat(file)).mode & 0o777, file).toBe(0o600)
      }
      expect((await stat(dataDir)).mode & 0o777).toBe(0o700)
      expect((await stat(join(directory.path, 'fresh', 'orchestrator'))).mode & 0o777).toBe(0o700)
    } finally {
      process.umask(previous)
    }
  })

  it('defended: a memory secret other users can read, directly or through a symlink, is refused', async () => {
    const path = join(directory.path, 'memory.secret')
    await loadOrCreateSecret(path)
    await chmod(path, 0o640)
    await expect(loadOrCreateSecret(path)).rejects.toMatchObject({ name: 'InsecureKeyFileError' })
    // A 0600 link name pointing at a world-readable file (someone else's, or a shared one).
    const shared = join(directory.path, 'shared.secret')
    await writeFile(shared, 'ab'.repeat(32), { mode: 0o644 })
    await chmod(shared, 0o644)
    const link = join(directory.path, 'linked.secret')
    await symlink(shared, link)
    await expect(loadOrCreateSecret(link)).rejects.toMatchObject({ name: 'InsecureKeyFileError' })
  })

  it('defended: a corrupt eth.key does not print its key material (the CLI shows the error\'s message, not its cause)', async () => {
    const dataDir = join(directory.path, 'node')
    await mkdir(dataDir, { recursive: true, mode: 0o700 })
    await loadOrCreateIdentity(dataDir)
    // One hex digit short: ethers' own error quotes the whole value.
    const material = `0x${'5c'.repeat(31)}e`
    await writeFile(join(dataDir, ETH_KEY_FILE), material, { mode: 0o600 })
    const failure = await run(process.execPath, [CLI, 'node', '--data-dir', dataDir, '--model', join(directory.path, 'missing.gguf')], { timeout: 30_000 })
      .then(() => undefined, (error: { stderr?: string; stdout?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`)
    expect(failure).toBeDefined()
    expect(failure).toContain('CorruptKeyFileError')
    expect(failure).not.toContain(material.slice(2, 40))
  })

  it('defended: the CorruptKeyFileError itself holds no key material, in its message, details or cause (a logger that prints causes writes nothing of it)', async () => {
    const dataDir = join(directory.path, 'node-cause')
    await mkdir(dataDir, { recursive: true, mode: 0o700 })
    await loadOrCreateIdentity(dataDir)
    const material = `0x${'7d'.repeat(31)}e`
    await writeFile(join(dataDir, ETH_KEY_FILE), material, { mode: 0o600 })
    const error = await loadOrCreateIdentity(dataDir).then(() => undefined, (caught: unknown) => caught as Error & { details?: unknown })
    expect(error).toMatchObject({ name: 'CorruptKeyFileError', details: { reason: expect.stringMatching(/^\w+/) } })
    const everything = `${error!.message} ${JSON.stringify(error!.details)} ${String(error!.cause ?? '')} ${error!.stack ?? ''}`
    expect(everything).not.toContain(material.slice(2, 40))
  })

  it('defended: a configuration that fails validation does not echo the secrets it carries', async () => {
    const secret = 'sk-ant-SECRET-0123456789abcdef'
    const memorySecret = `${'9f'.repeat(31)}z`
    const file = join(directory.path, 'orchestrator.json')
    await writeFile(file, JSON.stringify({ claudeApiKey: secret, memorySecret, apiKeys: ['short'], adminApiKeys: [secret.slice(0, 7)], claudeBaseUrl: `not a url ${secret}`, routingPhase: secret }), { mode: 0o600 })
    const error = await loadConfig(orchestratorConfigSchema, { file, env: {}, envPrefix: 'MAIA_ORCHESTRATOR_' }).then(() => undefined, (caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'InvalidConfigError' })
    const text = `${(error as Error).message} ${JSON.stringify((error as { details?: unknown }).details)}`
    expect(text).toMatch(/memorySecret/)
    for (const value of [secret, memorySecret.slice(0, 40), 'short', secret.slice(0, 7)]) expect(text, value).not.toContain(value)
    // Broken JSON: the parser's own message quotes the text around the error; the error shown must not.
    await writeFile(file, `{"claudeApiKey": "${secret}" "x": 1}`, { mode: 0o600 })
    const broken = await loadConfig(orchestratorConfigSchema, { file, env: {}, envPrefix: 'MAIA_ORCHESTRATOR_' }).then(() => undefined, (caught: unknown) => caught)
    expect(broken).toMatchObject({ name: 'InvalidConfigError' })
    expect((broken as Error).message).not.toContain(secret)
  })
})
