/**
 * Counts tokens the way a model will see them. Budgets (retrieved wisdom, memory, conversation)
 * are only meaningful when counted with the serving model's tokenizer, so every budgeted
 * component takes one of these instead of guessing from string lengths.
 *
 * @example
 * const counter: TokenCounter = createEstimatedTokenCounter()
 * counter.count('Know thyself.') // 4
 */
export interface TokenCounter {
  /** Identifies the tokenizer (e.g. `estimate:chars/4`, `gguf:<file name>`), so an index can tell which one sized its chunks. */
  readonly id: string
  /** Tokens `text` takes, without BOS/EOS or other special tokens. */
  count(text: string): number
}

/** A counter that holds native resources (a loaded vocabulary) until disposed. */
export interface DisposableTokenCounter extends TokenCounter {
  dispose(): Promise<void>
}
