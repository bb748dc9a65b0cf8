import { InvalidArgumentError } from 'commander'

/** Commander parsers: turn flag text into typed values; ranges are the config schema's job. */
export function parseInteger(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError(`"${value}" is not a whole number.`)
  return Number(value)
}

export function parseList(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((part) => part.trim()).filter(Boolean)]
}

export function parseGpu(value: string): 'auto' | false {
  if (value === 'auto') return 'auto'
  if (value === 'false' || value === 'none' || value === 'cpu') return false
  throw new InvalidArgumentError('use "auto" or "cpu".')
}

/** Resolves when the process is asked to stop (Ctrl-C or a supervisor's SIGTERM). */
export function waitForShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handler = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', handler)
      process.off('SIGTERM', handler)
      resolve(signal)
    }
    process.on('SIGINT', handler)
    process.on('SIGTERM', handler)
  })
}
