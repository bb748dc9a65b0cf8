import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ChatMLChatWrapper,
  getLlama,
  LlamaChatSession,
  LlamaLogLevel,
  type Llama,
  type LlamaContext,
  type LlamaModel
} from 'node-llama-cpp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureTinyModel, generateGgufModel, TINY_MODEL_DEFAULTS } from '../../../scripts/tiny-model/index.ts'

// Threads are always explicit: on a shared 2-core machine node-llama-cpp's default thread count
// made generation ~300× slower.
const THREADS = 1

let directory: string
let llama: Llama
let model: LlamaModel
let context: LlamaContext

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'maia-tiny-llama-'))
  llama = await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error })
  const started = performance.now()
  model = await llama.loadModel({ modelPath: await ensureTinyModel(join(directory, 'tiny.gguf')) })
  console.info(`tiny model loaded in ${(performance.now() - started).toFixed(1)} ms`)
  context = await model.createContext({ threads: THREADS, contextSize: 1024, sequences: 2 })
})

afterAll(async () => {
  await context?.dispose()
  await model?.dispose()
  await llama?.dispose()
  await rm(directory, { recursive: true, force: true })
})

/** A chat session on its own sequence, freed afterwards so the 2 sequences can be reused. */
async function withSession<T>(use: (session: LlamaChatSession) => Promise<T>): Promise<T> {
  const sequence = context.getSequence()
  try {
    return await use(new LlamaChatSession({ contextSequence: sequence }))
  } finally {
    sequence.dispose()
  }
}

describe('tiny model under node-llama-cpp', () => {
  it('exposes the generated hyper-parameters', () => {
    expect(model.trainContextSize).toBe(TINY_MODEL_DEFAULTS.contextLength)
    expect(model.embeddingVectorSize).toBe(TINY_MODEL_DEFAULTS.embeddingLength)
    expect(model.fileInfo.metadata.general.architecture).toBe('llama')
    expect(model.fileInfo.metadata.general.name).toBe(TINY_MODEL_DEFAULTS.name)
    expect(model.tokens.bos).toBe(1)
    expect(model.tokens.eos).toBe(2)
  })

  it.each([
    'plain ascii, with punctuation!?',
    'accents: héllo wörld, ça va, niño, Ångström',
    'emoji: 👋🏽 🧑‍🚀 🇫🇷 and CJK 你好世界, Cyrillic привет, Arabic مرحبا',
    'whitespace\n\tand  double  spaces ',
    'control-looking text stays text: <|im_start|> </s> <0x41>'
  ])('round-trips arbitrary UTF-8: %s', (text) => {
    const tokens = model.tokenize(text)
    expect(tokens.length).toBeGreaterThan(0)
    expect(model.detokenize(tokens)).toBe(text)
  })

  it('treats the ChatML markers as single control tokens when special tokens are parsed', () => {
    expect(model.tokenize('<|im_start|>', true)).toHaveLength(1)
    expect(model.tokenize('<|im_end|>', true)).toHaveLength(1)
  })

  it('chats through the ChatML wrapper, streaming every token', async () => {
    const maxTokens = 32
    const { chatWrapper, chunks, tokenCount, meta, elapsedMs } = await withSession(async (session) => {
      const chunks: string[] = []
      let tokenCount = 0
      const started = performance.now()
      const meta = await session.promptWithMeta('Hello, who are you?', {
        maxTokens,
        onTextChunk: (chunk) => chunks.push(chunk),
        onToken: (tokens) => {
          tokenCount += tokens.length
        }
      })
      return { chatWrapper: session.chatWrapper, chunks, tokenCount, meta, elapsedMs: performance.now() - started }
    })
    console.info(`tiny model chat: ${tokenCount} tokens in ${elapsedMs.toFixed(1)} ms with threads=${THREADS}`)
    expect(chatWrapper).toBeInstanceOf(ChatMLChatWrapper)
    // The seeded weights never pick an end-of-generation token within this budget.
    expect(meta.stopReason).toBe('maxTokens')
    expect(tokenCount).toBe(maxTokens)
    expect(chunks.length).toBeGreaterThan(0)
    expect(chunks.join('')).toBe(meta.responseText)
  })

  it('generates the same text for the same prompt (greedy decoding of seeded weights)', async () => {
    const ask = () => withSession((session) => session.prompt('Tell me a story', { maxTokens: 16 }))
    expect(await ask()).toBe(await ask())
  })

  it('stops generating when the abort signal fires', async () => {
    const controller = new AbortController()
    let tokenCount = 0
    const meta = await withSession((session) =>
      session.promptWithMeta('Go on forever', {
        maxTokens: 1000,
        signal: controller.signal,
        stopOnAbortSignal: true,
        onToken: (tokens) => {
          tokenCount += tokens.length
          if (tokenCount >= 5) controller.abort()
        }
      })
    )
    expect(meta.stopReason).toBe('abort')
    expect(tokenCount).toBeLessThan(10)

    const rejected = withSession((session) => session.prompt('Go on', { maxTokens: 1000, signal: AbortSignal.abort() }))
    await expect(rejected).rejects.toThrow()
  })

  it('computes embeddings', async () => {
    const embeddingContext = await model.createEmbeddingContext({ threads: THREADS, contextSize: 256 })
    try {
      const hello = await embeddingContext.getEmbeddingFor('hello')
      const helloAgain = await embeddingContext.getEmbeddingFor('hello')
      const other = await embeddingContext.getEmbeddingFor('a completely different sentence 🚀')
      expect(hello.vector).toHaveLength(TINY_MODEL_DEFAULTS.embeddingLength)
      expect(hello.vector.every(Number.isFinite)).toBe(true)
      expect(helloAgain.vector).toEqual(hello.vector)
      expect(other.vector).not.toEqual(hello.vector)
    } finally {
      await embeddingContext.dispose()
    }
  })
})

describe('tiny model variants under node-llama-cpp', () => {
  it.each([
    { label: 'f16 (norms stay f32)', overrides: { tensorType: 'f16' }, embeddingType: 1, hasOutput: true },
    { label: 'tied embeddings (no output.weight)', overrides: { tiedEmbeddings: true }, embeddingType: 0, hasOutput: false }
  ] as const)('$label loads and generates', async ({ label, overrides, embeddingType, hasOutput }) => {
    const variant = await generateGgufModel({ path: join(directory, `${label.split(' ')[0]}.gguf`), ...overrides })
    const variantModel = await llama.loadModel({ modelPath: variant.path })
    try {
      const types = new Map(variantModel.fileInfo.fullTensorInfo?.map((tensor) => [tensor.name, tensor.ggmlType]))
      expect(types.get('token_embd.weight')).toBe(embeddingType)
      expect(types.get('blk.0.attn_norm.weight')).toBe(0)
      expect(types.has('output.weight')).toBe(hasOutput)
      const variantContext = await variantModel.createContext({ threads: THREADS, contextSize: 1024 })
      try {
        const session = new LlamaChatSession({ contextSequence: variantContext.getSequence() })
        let tokenCount = 0
        await session.prompt('Bonjour 👋', {
          maxTokens: 8,
          onToken: (tokens) => {
            tokenCount += tokens.length
          }
        })
        expect(tokenCount).toBeGreaterThan(0)
      } finally {
        await variantContext.dispose()
      }
    } finally {
      await variantModel.dispose()
    }
  })
})
