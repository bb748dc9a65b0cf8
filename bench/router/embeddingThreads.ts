// How much faster the sentence-vector cache fills with one encoder thread per core than with one
// (sentenceVectorCache.ts): after a machine change, retraining the safety screen embeds ~104k texts again.
// Each run is a separate process with its own empty cache file (the encoder's thread pool is per process),
// embedding the same texts: the development sets' ordinary messages, cut to --texts.
//   npx tsx bench/router/embeddingThreads.ts [--texts 1024] [--threads 2]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { readCache, sentenceVectors } from './sentenceVectorCache.ts'

const { values } = parseArgs({ options: { texts: { type: 'string', default: '1024' }, threads: { type: 'string', default: String(Math.min(4, availableParallelism())) }, child: { type: 'string' } } })
const textCount = z.coerce.number().int().min(64).parse(values.texts)

if (values.child !== undefined) {
  // One measured run: embed the texts into an empty cache file and print the seconds it took.
  const { DEV_SETS } = await import('./devSets.ts')
  const texts = [...new Set(DEV_SETS.flatMap((set) => set.ordinary))].slice(0, textCount)
  const started = performance.now()
  await sentenceVectors(texts, values.child)
  process.stdout.write(JSON.stringify({ seconds: (performance.now() - started) / 1000, texts: texts.length }))
  process.exit(0)
}

const threads = z.coerce.number().int().min(1).max(4).parse(values.threads)
const folder = mkdtempSync(join(tmpdir(), 'maia-embedding-threads-'))
const resultSchema = z.object({ seconds: z.number(), texts: z.number() })
function run(withThreads: number): z.infer<typeof resultSchema> {
  const output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--texts', String(textCount), '--child', join(folder, `cache-${withThreads}.bin`)], { env: { ...process.env, MAIA_ENCODER_THREADS: String(withThreads) }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  return resultSchema.parse(JSON.parse(output))
}
/** Whether two vectors hold the same floats, bit for bit. */
const sameVector = (a: Float32Array, b: Float32Array | undefined): boolean => b !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
try {
  const one = run(1)
  const many = run(threads)
  const [oneVectors, manyVectors] = [readCache(join(folder, 'cache-1.bin')), readCache(join(folder, `cache-${threads}.bin`))]
  const same = oneVectors.size === manyVectors.size && [...oneVectors].every(([key, vector]) => sameVector(vector, manyVectors.get(key)))
  console.log(`${one.texts} texts: 1 thread ${one.seconds.toFixed(1)} s (${(one.texts / one.seconds).toFixed(1)} texts/s), ${threads} threads ${many.seconds.toFixed(1)} s (${(many.texts / many.seconds).toFixed(1)} texts/s): ${(one.seconds / many.seconds).toFixed(2)}× faster; vectors ${same ? 'identical' : 'DIFFERENT'} (${manyVectors.size} records)`)
  if (!same) process.exitCode = 1
} finally {
  rmSync(folder, { recursive: true, force: true })
}
