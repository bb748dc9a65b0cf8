import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { ensureTinyModel } from '../../scripts/tiny-model/ensureTinyModel.ts'

/** The tiny GGUF shared by tests (generated once per machine, deterministic). */
export function tinyModelPath(): Promise<string> {
  return ensureTinyModel(join(tmpdir(), 'maia-test-models', 'maia-tiny.gguf'))
}
