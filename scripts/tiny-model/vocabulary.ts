import { LlamaTokenType } from './ggufConstants.ts'

export type Vocabulary = {
  readonly tokens: readonly string[]
  readonly scores: readonly number[]
  readonly tokenTypes: readonly number[]
  readonly unknownTokenId: number
  readonly bosTokenId: number
  readonly eosTokenId: number
}

/** SentencePiece's word-boundary marker: llama's SPM tokenizer stores spaces as U+2581. */
const SPACE_MARKER = '\u2581'
const FIRST_BYTE_TOKEN_ID = 3
/** ChatML markers get real control tokens (when the vocabulary has room) so the chat template's
 * turns cost one token each and llama.cpp recognises `<|im_end|>` as end-of-generation. */
const CHAT_CONTROL_TOKENS = ['<|im_start|>', '<|im_end|>'] as const
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Builds a llama (SentencePiece) vocabulary of exactly `size` tokens:
 * `<unk>`, `<s>`, `</s>`, the 256 byte tokens `<0x00>`..`<0xFF>` (byte fallback makes any UTF-8
 * tokenizable), the ChatML control tokens, printable ASCII, then pseudo-words `▁a`, `▁b`, … `▁zz`, …
 *
 * The extras are real text (not opaque fillers) so random sampling yields readable-ish output, and
 * pseudo-words are enumerated shortest-first so every prefix of a word is itself a token, which
 * SentencePiece's bigram merging needs to ever reach the longer ones. Independent of the seed.
 */
export function buildVocabulary(size: number): Vocabulary {
  const tokens: string[] = ['<unk>', '<s>', '</s>']
  const tokenTypes: number[] = [LlamaTokenType.unknown, LlamaTokenType.control, LlamaTokenType.control]
  for (let byte = 0; byte < 256; byte++) {
    tokens.push(`<0x${byte.toString(16).toUpperCase().padStart(2, '0')}>`)
    tokenTypes.push(LlamaTokenType.byte)
  }
  for (const control of CHAT_CONTROL_TOKENS) {
    if (tokens.length >= size) break
    tokens.push(control)
    tokenTypes.push(LlamaTokenType.control)
  }
  for (const text of normalTokenTexts()) {
    if (tokens.length >= size) break
    tokens.push(text)
    tokenTypes.push(LlamaTokenType.normal)
  }
  return {
    tokens,
    tokenTypes,
    scores: tokens.map((_, id) => tokenScore(id, tokenTypes[id])),
    unknownTokenId: 0,
    bosTokenId: 1,
    eosTokenId: 2
  }
}

/** SPM merges the highest-scoring bigram first; earlier (shorter) normal tokens win ties. */
function tokenScore(id: number, tokenType: number | undefined): number {
  return tokenType === LlamaTokenType.normal ? -(id - FIRST_BYTE_TOKEN_ID) : 0
}

/** Printable ASCII (space as ▁), then ▁-prefixed lowercase pseudo-words of growing length, forever. */
function* normalTokenTexts(): Generator<string> {
  yield SPACE_MARKER
  for (let code = 0x21; code <= 0x7e; code++) yield String.fromCharCode(code)
  for (let length = 1; ; length++) {
    for (const word of wordsOfLength(length)) yield SPACE_MARKER + word
  }
}

function* wordsOfLength(length: number): Generator<string> {
  const count = LETTERS.length ** length
  for (let index = 0; index < count; index++) {
    let word = ''
    let rest = index
    for (let position = 0; position < length; position++) {
      word = LETTERS.charAt(rest % LETTERS.length) + word
      rest = Math.floor(rest / LETTERS.length)
    }
    yield word
  }
}
