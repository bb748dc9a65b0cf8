/**
 * The public face of `scripts/dataset/`: `maia dataset build` (the fine-tuning dataset from the
 * library, distillation triples and practice dialogues) and `maia model evaluate` (a candidate
 * GGUF against the active one on the held-out test split).
 */
export { buildDataset, type BuildDatasetParameters, type BuildDatasetResult } from './buildDataset.ts'
export { datasetCardSchema, datasetCardHash, type DatasetCard } from './datasetCard.ts'
export { CHAT_TEMPLATES, renderChatTemplate, type ChatTemplate } from './renderChatTemplate.ts'
export { scrubPii, type PiiRedaction, type ScrubbedText } from './scrubPii.ts'
export { DatasetFileMismatchError, DatasetInputError, EmptyDatasetError, InvalidDatasetError, InvalidDatasetLineError } from './errors.ts'
export { DEFAULT_OWNER_SHARE, ownerShareSchema } from './ownerShare.ts'
export { evaluateCandidate, readCard, EVALUATION_DEFAULTS, type EvaluateCandidateParameters } from './evaluation/evaluateCandidate.ts'
export { evaluationReportSchema, evaluationReportHash, type EvaluationReport } from './evaluation/evaluationReport.ts'
export { decideVerdict, VERDICT_TOLERANCE } from './evaluation/decideVerdict.ts'
