/**
 * Exponentially weighted tokens/s over completed generations, as announced to routers.
 * Weighting by recency lets the figure follow thermal throttling or a busier GPU.
 */
export class ThroughputMeter {
  #tokensPerSecond: number
  readonly #weight: number

  constructor(options: { initial?: number; weight?: number } = {}) {
    this.#tokensPerSecond = options.initial ?? 0
    this.#weight = options.weight ?? 0.3
  }

  get tokensPerSecond(): number {
    return this.#tokensPerSecond
  }

  record(outputTokens: number, generationMs: number): void {
    if (outputTokens < 2 || generationMs <= 0) return
    const sample = (outputTokens / generationMs) * 1000
    this.#tokensPerSecond = this.#tokensPerSecond === 0 ? sample : this.#weight * sample + (1 - this.#weight) * this.#tokensPerSecond
  }
}
