import { CHATML_TEMPLATE } from './chatTemplate.ts'
import { GGUF_ALIGNMENT, LlamaFileType } from './ggufConstants.ts'
import type { GgufMetadataEntry } from './ggufEncoding.ts'
import { headSize, type ModelShape } from './modelShape.ts'
import type { Vocabulary } from './vocabulary.ts'

const uint32 = (value: number) => ({ kind: 'uint32', value }) as const
const float32 = (value: number) => ({ kind: 'float32', value }) as const
const bool = (value: boolean) => ({ kind: 'bool', value }) as const
const string = (value: string) => ({ kind: 'string', value }) as const

/**
 * The key/values llama.cpp needs to load a `llama`-architecture model with an SPM tokenizer.
 * Deliberately free of timestamps or paths so the same shape always encodes to the same bytes.
 */
export function buildMetadata(shape: ModelShape, vocabulary: Vocabulary): GgufMetadataEntry[] {
  return [
    ['general.architecture', string('llama')],
    ['general.name', string(shape.name)],
    ['general.alignment', uint32(GGUF_ALIGNMENT)],
    ['general.file_type', uint32(LlamaFileType[shape.tensorType])],
    ['llama.context_length', uint32(shape.contextLength)],
    ['llama.embedding_length', uint32(shape.embeddingLength)],
    ['llama.block_count', uint32(shape.blockCount)],
    ['llama.feed_forward_length', uint32(shape.feedForwardLength)],
    ['llama.attention.head_count', uint32(shape.headCount)],
    ['llama.attention.head_count_kv', uint32(shape.headCountKv)],
    ['llama.rope.dimension_count', uint32(headSize(shape))],
    ['llama.rope.freq_base', float32(shape.ropeFreqBase)],
    ['llama.attention.layer_norm_rms_epsilon', float32(shape.rmsNormEpsilon)],
    ['llama.vocab_size', uint32(shape.vocabularySize)],
    ['tokenizer.ggml.model', string('llama')],
    ['tokenizer.ggml.tokens', { kind: 'stringArray', value: vocabulary.tokens }],
    ['tokenizer.ggml.scores', { kind: 'float32Array', value: vocabulary.scores }],
    ['tokenizer.ggml.token_type', { kind: 'int32Array', value: vocabulary.tokenTypes }],
    ['tokenizer.ggml.unknown_token_id', uint32(vocabulary.unknownTokenId)],
    ['tokenizer.ggml.bos_token_id', uint32(vocabulary.bosTokenId)],
    ['tokenizer.ggml.eos_token_id', uint32(vocabulary.eosTokenId)],
    ['tokenizer.ggml.add_bos_token', bool(true)],
    ['tokenizer.ggml.add_eos_token', bool(false)],
    // Without a space prefix, detokenize(tokenize(text)) gives back exactly `text`.
    ['tokenizer.ggml.add_space_prefix', bool(false)],
    ['tokenizer.chat_template', string(CHATML_TEMPLATE)]
  ]
}
