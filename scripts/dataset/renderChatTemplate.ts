import type { ChatMessage } from '../../shared/protocol/index.ts'

/** Chat templates the dataset can be rendered in, as the serving model's GGUF declares them. */
export const CHAT_TEMPLATES = ['llama3', 'chatml'] as const
export type ChatTemplate = (typeof CHAT_TEMPLATES)[number]

/**
 * A whole conversation as one training text in a model's chat template: Llama 3's header/eot
 * tokens, or ChatML's `<|im_start|>` / `<|im_end|>` (Qwen, many fine-tunes). Trainers that take
 * plain `messages` apply the template themselves; those that take text want it pre-rendered.
 *
 * @example
 * renderChatTemplate([{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello' }], 'chatml')
 * // '<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\nHello<|im_end|>\n'
 */
export function renderChatTemplate(messages: readonly ChatMessage[], template: ChatTemplate): string {
  if (template === 'llama3') {
    return '<|begin_of_text|>' + messages.map((message) => `<|start_header_id|>${message.role}<|end_header_id|>\n\n${message.content}<|eot_id|>`).join('')
  }
  return messages.map((message) => `<|im_start|>${message.role}\n${message.content}<|im_end|>\n`).join('')
}
