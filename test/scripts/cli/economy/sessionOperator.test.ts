import { Wallet } from 'ethers'
import { describe, expect, it } from 'vitest'
import { operatorFor } from '../../../../scripts/cli/economy/sessionOperator.ts'

describe('the operator a voucher and a deposit are with', () => {
  const [first, second] = [Wallet.createRandom().address, Wallet.createRandom().address]

  it('takes --operator, checksummed, over the deployment', () => {
    expect(operatorFor(second.toLowerCase(), [first])).toBe(second)
  })

  it('defaults to the deployment\'s operator when it made exactly one', () => {
    expect(operatorFor(undefined, [first.toLowerCase()])).toBe(first)
  })

  it('asks for --operator when the deployment made none or several, naming them', () => {
    expect(() => operatorFor(undefined, [])).toThrow(/--operator: required, since the deployment made no operator/)
    expect(() => operatorFor(undefined, [first, second])).toThrow(new RegExp(`2 operators \\(${first}, ${second}\\)`))
  })
})
