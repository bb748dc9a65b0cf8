import cliProgress from 'cli-progress'

import type { ProgressReporter } from '../../shared/log/index.ts'

export type { ProgressReporter }

/**
 * A progress bar on stderr when it is a terminal; otherwise a line per 25% step, so logs
 * collected by a supervisor still show progress without carriage-return noise.
 */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({ stream, format: '{label} [{bar}] {percentage}%', hideCursor: true, clearOnComplete: false }, cliProgress.Presets.shades_classic)
    let currentLabel: string | undefined
    return {
      update(label, fraction) {
        if (label !== currentLabel) {
          if (currentLabel !== undefined) bar.stop()
          currentLabel = label
          bar.start(100, 0, { label })
        }
        bar.update(Math.round(fraction * 100), { label })
      },
      done() { if (currentLabel !== undefined) bar.stop() }
    }
  }
  const reported = new Map<string, number>()
  return {
    update(label, fraction) {
      const step = Math.floor(fraction * 4)
      if ((reported.get(label) ?? -1) >= step) return
      reported.set(label, step)
      stream.write(`${label}: ${step * 25}%\n`)
    },
    done() {}
  }
}
