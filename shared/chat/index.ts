/**
 * The public face of `shared/chat/`: how a conversation becomes a model's prompt, shared by the
 * provider node (which generates from it) and the orchestrator's verifier (which re-evaluates it).
 */
export { buildPromptTokens, toChatHistory, type PromptTokens } from './promptTokens.ts'
