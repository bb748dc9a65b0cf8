import type { Command } from 'commander'
import { formatUnits } from 'ethers'
import { TOKEN_DECIMALS } from './flags.ts'

/** Where a command prints its result: commander's configured stdout, so tests can capture it. */
export interface Printer {
  /** One line of human-readable text. */
  line(text: string): void
  /** One JSON document (bigints as decimal strings). */
  json(value: unknown): void
  /** Aligned `key  value` rows. */
  table(rows: ReadonlyArray<readonly [string, string]>): void
}

export function printerFor(command: Command): Printer {
  const write = command.configureOutput().writeOut ?? ((text: string) => process.stdout.write(text))
  return {
    line: (text) => write(`${text}\n`),
    json: (value) => write(`${toJson(value)}\n`),
    table: (rows) => {
      const width = Math.max(0, ...rows.map(([key]) => key.length))
      for (const [key, value] of rows) write(`${key.padEnd(width)}  ${value}\n`)
    }
  }
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item), 2)
}

/** `1234.5 MAIA` from base units. */
export function formatMaia(amount: bigint): string {
  return `${formatUnits(amount, TOKEN_DECIMALS)} MAIA`
}

/** A unix timestamp as ISO text with the raw number, since chain time may be fast-forwarded. */
export function formatTimestamp(seconds: bigint | number): string {
  const value = Number(seconds)
  if (value === 0) return '0 (none)'
  return `${new Date(value * 1000).toISOString()} (unix ${value})`
}
