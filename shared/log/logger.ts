import { pino, type Logger, type LevelWithSilent } from 'pino'

export type { Logger }

export interface CreateLoggerOptions {
  level?: LevelWithSilent
  /** Process name bound into every line (e.g. `node`, `orchestrator`). */
  name?: string
  /** File descriptor to write JSON lines to; stderr by default so stdout stays for command output. */
  fd?: number
}

/**
 * Structured JSON logs (pino). Components get scoped children: `logger.child({ component: 'node:queue' })`.
 * Never log prompts, outputs or keys at info level.
 */
export function createLogger(options: CreateLoggerOptions = {}): Logger {
  return pino({ level: options.level ?? 'info', name: options.name, base: { pid: process.pid } }, pino.destination({ fd: options.fd ?? 2, sync: false }))
}

/** A logger that drops everything: the default for library code and tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' })
}
