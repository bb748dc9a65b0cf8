import type { ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'

/** Sends a child's stdout and stderr to a log file, and makes sure it never outlives this process. */
export function superviseChild(child: ChildProcess, logFile: string): void {
  const log = createWriteStream(logFile, { flags: 'a' })
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  process.once('exit', () => { if (child.exitCode === null) child.kill('SIGKILL') })
}

/** Asks a child to stop (SIGTERM) and forces it (SIGKILL) after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}
