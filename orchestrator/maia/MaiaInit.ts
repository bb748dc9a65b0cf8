import type { PriceTable } from '../../shared/config/index.ts'
import type { MaiaResponderComponents } from './createMaiaResponder.ts'

/** The MAIA pipeline as the orchestrator composes it (the network parts are added there). */
export type MaiaInit = Omit<MaiaResponderComponents, 'network' | 'networkModel' | 'logger' | 'creditPassages'> & {
  /** The model id apps ask for to get MAIA (default `maia`). */
  modelName?: string
  priceTable: PriceTable
  /** Tokens of the whole library (the seed's full-library prompt, priced by the phase report). */
  libraryTokens?: () => Promise<number>
}
