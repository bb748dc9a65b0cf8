import { readFileSync } from 'node:fs'

/** A process's resident set size in MB from /proc (Linux), or null once it is gone. */
export function readRssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match === null ? null : Number(match[1]) / 1024
  } catch {
    return null
  }
}

export interface RssSampler {
  /** Highest RSS seen since start (MB). */
  peakMb(): number
  /** RSS samples taken (MB), in order. */
  samples(): number[]
  stop(): void
}

/** Samples a process's RSS every `intervalMs` until stopped. */
export function sampleRss(pid: number, intervalMs = 100): RssSampler {
  const taken: number[] = []
  const take = (): void => {
    const mb = readRssMb(pid)
    if (mb !== null) taken.push(mb)
  }
  take()
  const timer = setInterval(take, intervalMs)
  return {
    peakMb: () => Math.max(0, ...taken),
    samples: () => [...taken],
    stop: () => clearInterval(timer)
  }
}
