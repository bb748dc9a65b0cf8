import { expect } from 'vitest'
import type { BaseContract } from 'ethers'

/**
 * Awaits `action`, expects it to revert with the custom error `errorName` of `contract`, and, when
 * `args` is given, with exactly those arguments (bigints compared by value).
 *
 * @example
 * await expectRevert(payments.connect(user).deposit(0n), payments, 'SessionPaymentsZeroAmount', [])
 */
export async function expectRevert(
  action: Promise<unknown> | (() => Promise<unknown>),
  contract: BaseContract,
  errorName: string,
  args?: readonly unknown[]
): Promise<void> {
  let thrown: unknown
  try {
    await (typeof action === 'function' ? action() : action)
  } catch (error) {
    thrown = error
  }
  expect(thrown, `expected a revert with ${errorName}`).toBeDefined()
  const data = findRevertData(thrown)
  expect(data, `no revert data in: ${String(thrown)}`).toBeDefined()
  const parsed = contract.interface.parseError(data!)
  expect(parsed?.name, `reverted with ${parsed?.name ?? data} instead of ${errorName}`).toBe(errorName)
  if (args !== undefined) expect(normalize([...parsed!.args])).toEqual(normalize(args))
}

/**
 * Expects `action` to revert (any reason), e.g. for OpenZeppelin errors of an inherited contract
 * checked elsewhere.
 */
export async function expectAnyRevert(action: Promise<unknown>): Promise<void> {
  await expect(action).rejects.toThrow()
}

function findRevertData(error: unknown): string | undefined {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current !== null && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const record = current as Record<string, unknown>
    for (const key of ['data', 'revertData'] as const) {
      const value = record[key]
      if (typeof value === 'string' && value.startsWith('0x') && value.length >= 10) return value
      if (value !== null && typeof value === 'object') {
        const nested = (value as Record<string, unknown>).data
        if (typeof nested === 'string' && nested.startsWith('0x') && nested.length >= 10) return nested
      }
    }
    current = record.error ?? record.cause ?? record.info
  }
  return undefined
}

function normalize(values: readonly unknown[]): unknown[] {
  return values.map((value) => {
    if (typeof value === 'bigint') return value.toString()
    if (typeof value === 'number') return value.toString()
    if (typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value)) return value.toLowerCase()
    if (Array.isArray(value)) return normalize(value)
    return value
  })
}
