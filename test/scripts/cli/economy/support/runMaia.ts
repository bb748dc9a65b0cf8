import { Command } from 'commander'
import { registerModelCommand } from '../../../../../scripts/cli/modelCommand.ts'
import { registerEconomyCommands } from '../../../../../scripts/cli/economy/index.ts'

/**
 * Runs `maia <argv>` in-process on a fresh program holding the economy commands (after `model`,
 * as main.ts will), with `env` instead of `process.env`. Resolves with stdout; rejects with the
 * command's typed error, as main.ts would print it.
 */
export async function runMaia(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  let stdout = ''
  const program = new Command()
    .name('maia')
    .exitOverride()
    .configureOutput({ writeOut: (text) => { stdout += text }, writeErr: () => {} })
  registerModelCommand(program)
  registerEconomyCommands(program, { env })
  await program.parseAsync([...argv], { from: 'user' })
  return stdout
}

/** Runs and parses `--json` output. */
export async function runMaiaJson<T>(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<T> {
  return JSON.parse(await runMaia([...argv, '--json'], env)) as T
}

/** The rejection of a run, for `expect(...).toMatchObject`. */
export async function maiaError(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Error & Record<string, unknown>> {
  try {
    await runMaia(argv, env)
  } catch (error) {
    return error as Error & Record<string, unknown>
  }
  throw new Error(`expected maia ${argv.join(' ')} to fail`)
}
