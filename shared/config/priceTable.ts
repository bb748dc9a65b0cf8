import { z } from 'zod'

/**
 * USD per million tokens, and the fixed costs of serving a model yourself. Claude defaults are
 * Anthropic's Sonnet list prices (input $3, output $15, 5-minute cache write $3.75, cache read
 * $0.30); the network default is the devnet nodes' announced price (0.001 $MAIA per 1k tokens) at
 * a notional $0.20 per $MAIA. A market price already pays the providers' GPUs, so the network's
 * fixed costs default to none; set them (and `perMillion: 0`) to price a model you host yourself —
 * GPUs by the hour or the month, the server around them by the month — spread over
 * `sessionsPerMonth`. All of it is configuration, not truth: set it from current price lists.
 */
export const priceTableSchema = z.object({
  claude: z.object({
    inputPerMillion: z.number().min(0).default(3),
    outputPerMillion: z.number().min(0).default(15),
    cacheWritePerMillion: z.number().min(0).default(3.75),
    cacheReadPerMillion: z.number().min(0).default(0.3)
  }).strict().default({ inputPerMillion: 3, outputPerMillion: 15, cacheWritePerMillion: 3.75, cacheReadPerMillion: 0.3 }),
  network: z.object({
    perMillion: z.number().min(0).default(0.2),
    /** One GPU serving the network's model, USD per hour (on demand) — or per month (reserved); per month wins when both are set. */
    gpuPerHour: z.number().min(0).optional(),
    gpuPerMonth: z.number().min(0).optional(),
    /** GPUs the model needs (default 1). */
    gpus: z.number().int().min(1).optional(),
    /** The server (or node) around the GPUs, USD per month. */
    serverPerMonth: z.number().min(0).optional()
  }).strict().default({ perMillion: 0.2 }),
  /** Sessions a month that fixed costs are spread over (default 10,000). */
  sessionsPerMonth: z.number().positive().optional()
}).strict()
export type PriceTable = z.infer<typeof priceTableSchema>

export const DEFAULT_PRICE_TABLE: PriceTable = priceTableSchema.parse({})
