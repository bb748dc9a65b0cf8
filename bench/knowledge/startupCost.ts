// What the knowledge base costs a process that starts (issue 13: `npm start` paid ~5 s for the
// library index). Each case runs in a fresh process on the default library (estimated tokens):
//  - cold: no index yet: build it (chunk, LanceDB table, WordNet table, search snapshot), then search;
//  - warm, no snapshot (the baseline, as before the snapshot): open the index, then the first search
//    reads the LanceDB table and analyses every chunk;
//  - warm: open the index, then the first search builds the in-memory index from the saved snapshot.
// Opening starts the build in the background, so `open` is what a start waits for and the first
// search waits only for what is left of the build.
//   npx tsx bench/knowledge/startupCost.ts [--json]
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openLibraryKnowledgeBase } from '../../orchestrator/maia/knowledge/openLibraryKnowledgeBase.ts'
import { resolveLibraryDirectory } from '../../orchestrator/maia/knowledge/defaultLibrary.ts'
import { SEARCH_SNAPSHOT_FILE } from '../../orchestrator/maia/knowledge/searchSnapshot.ts'
import { createEstimatedTokenCounter } from '../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'

interface Timing { case: string; openMs: number; firstSearchMs: number; readyMs: number }

async function child(directory: string, label: string): Promise<Timing> {
  const started = performance.now()
  const { knowledgeBase } = await openLibraryKnowledgeBase({ directory, library: await resolveLibraryDirectory(process.env.MAIA_LIBRARY_DIR), tokenCounter: createEstimatedTokenCounter() })
  const opened = performance.now()
  await knowledgeBase.search('How should I face my own death?', { budgetTokens: 20_000 })
  const searched = performance.now()
  await knowledgeBase.close()
  return { case: label, openMs: Math.round(opened - started), firstSearchMs: Math.round(searched - opened), readyMs: Math.round(searched - started) }
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await child(process.argv[3]!, process.argv[4]!)))
} else {
  const directory = await mkdtemp(join(tmpdir(), 'maia-startup-'))
  const run = (label: string): Timing => JSON.parse(execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', directory, label], { encoding: 'utf8' }).trim().split('\n').at(-1)!) as Timing
  try {
    const timings: Timing[] = [run('cold')]
    for (let round = 0; round < 2; round += 1) {
      await rm(join(directory, SEARCH_SNAPSHOT_FILE), { force: true })
      timings.push(run('warm, no snapshot (before)'))
      timings.push(run('warm, snapshot'))
    }
    if (process.argv.includes('--json')) console.log(JSON.stringify({ timings }))
    else for (const timing of timings) console.log(`${timing.case.padEnd(28)} open ${String(timing.openMs).padStart(5)} ms   first search ${String(timing.firstSearchMs).padStart(5)} ms   ready ${String(timing.readyMs).padStart(5)} ms`)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}
