import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const CLI = fileURLToPath(new URL('../../../scripts/maia.js', import.meta.url))
const maia = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, timeout: 30_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr })
  )

describe('maia CLI', () => {
  it('lists its subcommands', async () => {
    const { code, stdout } = await maia(['--help'])
    expect(code).toBe(0)
    for (const command of ['node', 'orchestrator', 'up', 'model']) expect(stdout).toContain(command)
  })

  it('explains a missing model instead of crashing', async () => {
    const { code, stderr } = await maia(['node', '--data-dir', '/tmp/maia-cli-test-node'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/InvalidConfigError: .*pass --model/)
  })

  it('validates flags and environment with the config schema', async () => {
    const flag = await maia(['node', '--model', 'x.gguf', '--max-concurrent', 'many'])
    expect(flag.code).not.toBe(0)
    expect(flag.stderr).toMatch(/not a whole number/)
    const env = await maia(['orchestrator', '--api-key', 'long-enough-key'], { MAIA_ORCHESTRATOR_HTTP_PORT: '99999' })
    expect(env.code).toBe(1)
    expect(env.stderr).toMatch(/httpPort/)
  })

  it('refuses to start an orchestrator without API keys', async () => {
    const { code, stderr } = await maia(['orchestrator', '--data-dir', '/tmp/maia-cli-test-orch'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/at least one --api-key/)
  })

  it('reports a model file that does not exist', async () => {
    const { code, stderr } = await maia(['node', '--model', '/nonexistent/model.gguf', '--data-dir', '/tmp/maia-cli-test-node'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/ModelLoadError/)
  })
})
