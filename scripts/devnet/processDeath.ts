import { open } from 'node:fs/promises'
import { BaseError } from '../../shared/errors/index.ts'

/** A devnet process that exited without being asked to. */
export interface ProcessDeath {
  name: string
  exitCode: number | null
  signal: NodeJS.Signals | null
  logFile: string
  /** The end of its log, where the reason usually is. */
  lastLines: string[]
}

/** A devnet process died while the devnet was running. */
export class DevnetProcessDiedError extends BaseError {
  override name = 'DevnetProcessDiedError'
  constructor(death: ProcessDeath) {
    // The last log lines were already shown with formatProcessDeath; the error names the file.
    super(`${death.name} died (${describeExit(death)}); its log: ${death.logFile}`)
  }
}

/** "exit code 1" or "signal SIGKILL". */
export function describeExit(death: Pick<ProcessDeath, 'exitCode' | 'signal'>): string {
  return death.signal !== null ? `signal ${death.signal}` : `exit code ${death.exitCode}`
}

/** How a death reads in `maia up`'s output: what died, how, and the last lines of its log. */
export function formatProcessDeath(death: ProcessDeath): string {
  return [`${death.name} died (${describeExit(death)}). Last lines of ${death.logFile}:`, ...death.lastLines.map((line) => `    ${line}`)].join('\n')
}

/** The last `count` lines of a log file, read from its end (logs can be large). */
export async function readLastLines(file: string, count: number, maxBytes = 16_384): Promise<string[]> {
  const handle = await open(file, 'r').catch(() => undefined)
  if (handle === undefined) return []
  try {
    const { size } = await handle.stat()
    const length = Math.min(size, maxBytes)
    const buffer = Buffer.alloc(length)
    await handle.read(buffer, 0, length, size - length)
    return buffer.toString('utf8').split('\n').filter((line) => line.trim() !== '').slice(-count)
  } finally {
    await handle.close()
  }
}
