export type { SentenceEncoder, SentenceEncodeOptions } from './SentenceEncoder.ts'
export { loadSentenceEncoder, UNIVERSAL_SENTENCE_ENCODER_ID } from './loadSentenceEncoder.ts'
export { SentenceEncoderLoadError } from './errors.ts'
export { createTextVectorCache, encodableText, MAX_ENCODED_CHARACTERS, type TextEncoder, type TextVectorCache } from './createTextVectorCache.ts'
