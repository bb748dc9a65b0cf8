// Ingest throughput of the default library in tokens/s (chunking, topic tagging, LanceDB write
// and BM25 index), median of a few runs; the baseline, in the same run, is chunking alone
// (what the store and index add on top of reading and cutting the text).
//   npx tsx bench/knowledge/ingestThroughput.ts [--runs 3]
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chunkText } from '../../orchestrator/maia/knowledge/chunkText.ts'
import { collectDocuments } from '../../orchestrator/maia/knowledge/collectDocuments.ts'
import { resolveLibraryDirectory } from '../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { DEFAULT_CHUNKING } from '../../orchestrator/maia/knowledge/defaults.ts'
import { openKnowledgeBase } from '../../orchestrator/maia/knowledge/openKnowledgeBase.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { format, median } from '../lib.ts'

const runsFlag = process.argv.indexOf('--runs')
const runs = runsFlag >= 0 ? Number(process.argv[runsFlag + 1]) : 3
const tokenCounter = createEstimatedTokenCounter()
const library = await resolveLibraryDirectory(process.env.MAIA_LIBRARY_DIR)
const documents = await collectDocuments([library])
const tokens = documents.reduce((sum, document) => sum + tokenCounter.count(document.text), 0)

const ingestSeconds: number[] = []
const chunkSeconds: number[] = []
let chunks = 0
for (let run = 0; run < runs; run += 1) {
  let started = performance.now()
  for (const document of documents) chunkText(document.text, tokenCounter, DEFAULT_CHUNKING)
  chunkSeconds.push((performance.now() - started) / 1000)

  const directory = await mkdtemp(join(tmpdir(), 'maia-knowledge-ingest-'))
  const knowledgeBase = await openKnowledgeBase({ directory, tokenCounter })
  started = performance.now()
  chunks = (await knowledgeBase.ingest(documents)).chunks
  ingestSeconds.push((performance.now() - started) / 1000)
  await knowledgeBase.close()
  await rm(directory, { recursive: true, force: true })
}
console.log(`library ${library}: ${documents.length} documents, ${tokens} tokens (${tokenCounter.id}), ${chunks} chunks; median of ${runs} runs`)
console.log(`ingest (chunk + tag + LanceDB write + BM25 index): ${format(median(ingestSeconds), 2)} s = ${format(tokens / median(ingestSeconds), 0)} tokens/s`)
console.log(`baseline, chunking alone: ${format(median(chunkSeconds), 2)} s = ${format(tokens / median(chunkSeconds), 0)} tokens/s`)
