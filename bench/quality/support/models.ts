import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createSimulatedNode, createTeacherForcingVerifier, type AdversaryKind, type SimulatedNode, type TeacherForcingVerifier } from '../../../orchestrator/quality/verification/index.ts'
import { approvedModelPath, differentWeightsModelPath, smallerModelPath } from '../../../test/orchestrator/quality/verification/support/models.ts'

const CONTEXT_SIZE = 1024

/**
 * The GGUFs of the bench, loaded once: the approved tiny model as a node on 1 and on 2 threads,
 * the two impostors (same shape other seed; smaller), and the verifier on the approved model.
 */
export interface BenchModels extends AsyncDisposable {
  /** SHA-256 of the approved GGUF: the model hash nodes sign receipts with. */
  readonly approvedModelHash: `0x${string}`
  readonly approved: SimulatedNode
  readonly approvedTwoThreads: SimulatedNode
  readonly differentWeights: SimulatedNode
  readonly smaller: SimulatedNode
  readonly verifier: TeacherForcingVerifier
  /** The impostor model an adversary of `kind` serves, if it serves one. */
  impostorFor(kind: AdversaryKind): SimulatedNode | undefined
  dispose(): Promise<void>
}

export async function loadBenchModels(options: { verifierThreads: number }): Promise<BenchModels> {
  const [approvedPath, differentPath, smallerPath] = await Promise.all([approvedModelPath(), differentWeightsModelPath(), smallerModelPath()])
  const approvedModelHash = `0x${createHash('sha256').update(await readFile(approvedPath)).digest('hex')}` as const
  const opened: AsyncDisposable[] = []
  const open = async <T extends AsyncDisposable>(loading: Promise<T>): Promise<T> => {
    const value = await loading
    opened.push(value)
    return value
  }
  const dispose = async (): Promise<void> => {
    for (const resource of opened.splice(0).reverse()) await resource[Symbol.asyncDispose]()
  }
  try {
    const approved = await open(createSimulatedNode({ modelPath: approvedPath, contextSize: CONTEXT_SIZE, threads: 1 }))
    const approvedTwoThreads = await open(createSimulatedNode({ modelPath: approvedPath, contextSize: CONTEXT_SIZE, threads: 2 }))
    const differentWeights = await open(createSimulatedNode({ modelPath: differentPath, contextSize: CONTEXT_SIZE, threads: 1 }))
    const smaller = await open(createSimulatedNode({ modelPath: smallerPath, contextSize: CONTEXT_SIZE, threads: 1 }))
    const verifier = await open(createTeacherForcingVerifier({ modelPath: approvedPath, contextSize: CONTEXT_SIZE, threads: options.verifierThreads }))
    const models: BenchModels = {
      approvedModelHash, approved, approvedTwoThreads, differentWeights, smaller, verifier,
      impostorFor: (kind) => (kind === 'different-weights' ? differentWeights : kind === 'smaller-model' ? smaller : undefined),
      dispose,
      [Symbol.asyncDispose]: dispose
    }
    return models
  } catch (error) {
    await dispose()
    throw error
  }
}
