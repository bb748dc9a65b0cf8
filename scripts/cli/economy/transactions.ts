import type { ContractTransactionResponse, TransactionReceipt } from 'ethers'
import type { ChainContext, SigningContext } from './chainContext.ts'
import { InsufficientAllowanceError, InsufficientBalanceError, TransactionFailedError } from './errors.ts'
import { formatMaia } from './output.ts'

/**
 * Sends a transaction and waits for its receipt. Reverts (ethers estimates gas first, so a failing
 * call never reaches the chain) come back as decoded {@link ContractRevertError}s.
 */
export async function sendTransaction(context: SigningContext, step: string, send: () => Promise<ContractTransactionResponse>): Promise<TransactionReceipt> {
  let receipt: TransactionReceipt | null
  try {
    receipt = await (await send()).wait()
  } catch (error) {
    throw context.decoder.toCommandError(step, error, context.account)
  }
  if (receipt === null || receipt.status !== 1) throw new TransactionFailedError(step, 'reverted on-chain or dropped')
  return receipt
}

/** A view call whose reverts (e.g. `GovernorNonexistentProposal`) are decoded too. */
export async function readChain<T>(context: ChainContext, step: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    throw context.decoder.toCommandError(step, error)
  }
}

/**
 * Simulates a call before any approval is spent on it, so contract rules (minimum stake, duplicate
 * hash...) fail first. Errors named in `ignore` are expected at this point (the allowance is
 * only raised afterwards) and let the call go ahead.
 */
export async function preflight(context: SigningContext, step: string, call: () => Promise<unknown>, ignore: readonly string[] = []): Promise<void> {
  try {
    await call()
  } catch (error) {
    const converted = context.decoder.toCommandError(step, error, context.account)
    if ('errorName' in converted && ignore.includes(String(converted.errorName))) return
    throw converted
  }
}

/**
 * Checked before anything else: "you hold 10 MAIA, need 1000" beats any allowance or contract error.
 *
 * @throws {InsufficientBalanceError}
 */
export async function ensureBalance(context: SigningContext, amount: bigint, what: string): Promise<void> {
  const balance = await context.read.MaiaToken.balanceOf(context.account)
  if (balance < amount) {
    throw new InsufficientBalanceError({ account: context.account, balance: formatMaia(balance), needed: formatMaia(amount), what })
  }
}

/**
 * Makes sure the signer holds `amount` $MAIA and that `spender` may take it, approving exactly
 * `amount` when the allowance is short (unless `approve` is false). Returns whether it approved.
 *
 * @throws {InsufficientBalanceError} / {InsufficientAllowanceError}
 */
export async function ensureTokenFunds(
  context: SigningContext,
  { spender, spenderName, amount, approve, what }: { spender: string; spenderName: string; amount: bigint; approve: boolean; what: string }
): Promise<boolean> {
  await ensureBalance(context, amount, what)
  const allowance = await context.read.MaiaToken.allowance(context.account, spender)
  if (allowance >= amount) return false
  if (!approve) {
    throw new InsufficientAllowanceError({ owner: context.account, spender: `${spenderName} ${spender}`, allowance: formatMaia(allowance), needed: formatMaia(amount) })
  }
  await sendTransaction(context, `MaiaToken.approve(${spenderName})`, () => context.write.MaiaToken.approve(spender, amount))
  return true
}
