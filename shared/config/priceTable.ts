import { z } from 'zod'

/**
 * USD per million tokens. Claude defaults are Anthropic's Sonnet list prices (input $3,
 * output $15, 5-minute cache write $3.75, cache read $0.30); the network default is the
 * devnet nodes' announced price (0.001 $MAIA per 1k tokens) at a notional $0.20 per $MAIA.
 * Both are configuration, not truth: set them from current price lists and markets.
 */
export const priceTableSchema = z.object({
  claude: z.object({
    inputPerMillion: z.number().min(0).default(3),
    outputPerMillion: z.number().min(0).default(15),
    cacheWritePerMillion: z.number().min(0).default(3.75),
    cacheReadPerMillion: z.number().min(0).default(0.3)
  }).strict().default({ inputPerMillion: 3, outputPerMillion: 15, cacheWritePerMillion: 3.75, cacheReadPerMillion: 0.3 }),
  network: z.object({
    perMillion: z.number().min(0).default(0.2)
  }).strict().default({ perMillion: 0.2 })
}).strict()
export type PriceTable = z.infer<typeof priceTableSchema>

export const DEFAULT_PRICE_TABLE: PriceTable = priceTableSchema.parse({})
