/**
 * The public face of `shared/protocol/`: what other contexts may import. Everything else in the
 * folder is internal (checked by `npm run lint:deps`).
 */
export { assertCapabilityRecord, capabilityRecordSchema, createBindingCache, signCapabilityRecord, type BindingCache, type CapabilityRecord, type UnsignedCapabilityRecord } from './capability.ts'
export { CAPABILITY_TOPIC, DEFAULT_HEARTBEAT_INTERVAL_MS, DEFAULT_RECORD_MAX_AGE_MS, DEFAULT_SESSION_IDLE_MS, INFERENCE_FRAMING_PROTOCOL, INFERENCE_PROTOCOL, INFERENCE_QUEUED_ACCEPT_PROTOCOL, INFERENCE_SESSION_PROTOCOL, MAX_FRAME_BYTES, MAX_FRAME_INTERVAL_MS } from './constants.ts'
export { decodeFrame, encodeFrame } from './frameCodec.ts'
export { decodeResponseFrame } from './decodeResponseFrame.ts'
export { decodeInferenceRequest } from './decodeInferenceRequest.ts'
export { FrameChannel, isFrameTooLarge } from './frameChannel.ts'
export { MAX_MESSAGES, MAX_MESSAGES_BYTES, MAX_MESSAGE_CHARACTERS, MAX_OUTPUT_TOKENS, MAX_SEED, MAX_TOKEN_ID, generatedTokensSchema, finalFrameSchema, stopReasonSchema, MAX_STOP_SEQUENCES, MAX_STOP_SEQUENCE_CHARACTERS, MAX_TEMPERATURE, inferenceRequestSchema, receiptSchema, responseFrameSchema, type ChatMessage, type ErrorFrame, type FinalFrame, type InferenceErrorCode, type InferenceRequest, type Receipt, type ResponseFrame, type StopReason, type Usage } from './inference.ts'
export { assertReceiptSignature, hashInferenceOutput, hashInferencePrompt, receiptDigest, signReceipt } from './receipt.ts'
export { createSignatureChecker, hasNativeSecp256k1, type SignatureCheckerInit } from './signatureChecker.ts'
export { chatMessageSchema } from './inference.ts'
export { createRandomPool, type RandomPool } from './randomPool.ts'
