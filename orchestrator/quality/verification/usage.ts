import type { ClaimedUsage } from './schemas.ts'

/** Whether the receipt's token counts match the answer the node actually returned. */
export interface UsageCheck {
  readonly expectedPromptTokens: { readonly min: number; readonly max: number }
  readonly expectedCompletionTokens: { readonly min: number; readonly max: number }
  readonly claimed: ClaimedUsage
  /** Claimed tokens beyond what the prompt and answer explain (0 when none). */
  readonly overbilledTokens: number
  /** Claimed fewer tokens than the answer holds (harms only the node; reported, not punished). */
  readonly underbilled: boolean
  readonly consistent: boolean
}

/**
 * What an honest node bills. node-llama-cpp's token meter counts a decoded token as "output"
 * when its logits were read: the prompt's last token, then every generated token but the last
 * (which is sampled, never decoded). So `outputTokens` = tokens sampled = claimed tokens + 1 (the
 * final one: end token, stop-completing token or last allowed token) and `inputTokens` =
 * prompt − 1. Measured on 126 tiny-model generations over every stop reason: no exception.
 * `countSlack` widens both bounds in text mode, where the token count is re-derived.
 */
export function checkUsage(input: { promptTokens: number; answerTokens: number; countSlack: number; claimed: ClaimedUsage }): UsageCheck {
  const { promptTokens, answerTokens, countSlack, claimed } = input
  const expectedPromptTokens = { min: Math.max(0, promptTokens - 1), max: promptTokens }
  const expectedCompletionTokens = { min: Math.max(0, answerTokens + 1 - countSlack), max: answerTokens + 1 + countSlack }
  const overbilledTokens = Math.max(0, claimed.completionTokens - expectedCompletionTokens.max) + Math.max(0, claimed.promptTokens - expectedPromptTokens.max)
  const underbilled = claimed.completionTokens < expectedCompletionTokens.min || claimed.promptTokens < expectedPromptTokens.min
  return { expectedPromptTokens, expectedCompletionTokens, claimed, overbilledTokens, underbilled, consistent: overbilledTokens === 0 && !underbilled }
}
