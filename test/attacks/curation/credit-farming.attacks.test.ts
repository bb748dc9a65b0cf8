import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { KnowledgeBase } from '../../../orchestrator/maia/knowledge/KnowledgeBase.ts'
import { CopiedPassagesError, SourceCuratorConflictError } from '../../../orchestrator/maia/knowledge/errors.ts'
import {
  ALICE, MALLORY, book, counter, ingestPaths, openCreditLedger, openTestKnowledge, passagesOf, promptFor, share, temporaryDirectory, writeLibrary
} from './support.ts'

// Curator credit farming on the real knowledge base (collectDocuments + openKnowledgeBase ingest,
// lexical retrieval, packChunks), the real prompt assembly (buildPrompt) and the real credits path
// (createPassageCredits -> level ReceiptStore -> computeEpochEarnings). Alice curates honest books;
// Mallory wants a share of the 10% curator pool she did not earn.

const QUESTIONS = [
  'How can I forgive someone who hurt me deeply?',
  'What does forgiveness ask of the grieving heart?',
  'Why is it so hard to let go of resentment?',
  'Can forgiveness heal the restless mind?'
]

const FORGIVENESS = [
  'Forgiveness is not forgetting; it is the slow decision to stop feeding the wound. The one who forgives does not excuse the harm, but refuses to let the harm keep writing the story of the heart.',
  'Resentment is a debt we keep collecting from ourselves. Each night we count what was taken, and each night the counting takes more. To forgive is to close the ledger and walk out of the counting house.',
  'The grieving heart asks for justice and for peace, and cannot have both at once. Forgiveness chooses peace first, trusting that justice is not ours alone to carry.',
  'Let go of resentment as the river lets go of the stone: not by hating it, but by moving on around it until the stone no longer blocks the way.',
  'The restless mind replays the injury to understand it. Understanding comes, but healing comes later, when the mind is allowed to rest from the replay and forgiveness can begin.'
]

/** Alice's honest book: the forgiveness sayings with prose between them, as long chunks. */
function alicesBook(): string {
  return FORGIVENESS.map((saying, index) => `${saying}\n\n${book('teacher of mercy', 12, index)}`).join('\n\n')
}

async function creditsOver(knowledge: KnowledgeBase, questions: readonly string[], wisdomTokens = 1_500) {
  const ledger = await openCreditLedger()
  const tally = { alice: 0, mallory: 0, aliceTokens: 0, malloryTokens: 0, prompts: [] as string[] }
  try {
    for (const question of questions) {
      const { prompt, passages } = await promptFor(knowledge, question, wisdomTokens)
      tally.alice += passagesOf(passages, ALICE)
      tally.mallory += passagesOf(passages, MALLORY)
      tally.prompts.push(prompt.system.filter((block) => block.kind === 'wisdom').map((block) => block.text).join('\n'))
      await ledger.credit(passages)
    }
    const earnings = await ledger.earnings()
    return { ...tally, earnedByAlice: earnings.get(ALICE) ?? 0n, earnedByMallory: earnings.get(MALLORY) ?? 0n }
  } finally {
    await ledger.close()
  }
}

describe('ATTACK curator credit farming', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  beforeAll(async () => { directory = await temporaryDirectory('maia-attack-curation-') })
  afterAll(async () => { await directory?.remove() })

  // Measured: before Mallory's ingest Alice's book earned 100% of the curators' pool over 4 questions
  // (12 passages); after `maia knowledge ingest mallory/` with a file of the same name
  // (forgiveness.md) and Mallory in her MANIFEST.tsv, Alice's chunks are gone and Mallory earns 100%
  // (12 passages, same text). The source key is the path relative to the directory ingested, so any
  // submission with the same file name replaces another curator's book and its credit, silently.
  // Fix: orchestrator/maia/knowledge/openKnowledgeBase.ts ingest (store.replaceSources) should refuse
  // to replace a source whose stored chunks name another curator (or key sources by curator and
  // path), and collectDocuments should report such collisions.
  // Defended: ingest refuses to replace a book curated by someone else (SourceCuratorConflictError,
  // naming the book, its curator and the newcomer); Alice keeps her 12 passages, Mallory has 0.
  it('defended: a submission with the same file name is refused and cannot take another curator\'s book or its credit', async () => {
    const knowledge = await openTestKnowledge(join(directory.path, 'kb-collision'))
    try {
      await ingestPaths(knowledge, [await writeLibrary(join(directory.path, 'alice-a'), [{ file: 'forgiveness.md', title: 'On Forgiveness', author: 'A. Teacher', curator: ALICE, text: alicesBook() }])])
      const before = await creditsOver(knowledge, QUESTIONS)
      expect(before.alice).toBeGreaterThan(0)
      const takeover = ingestPaths(knowledge, [await writeLibrary(join(directory.path, 'mallory-a'), [{ file: 'forgiveness.md', title: 'On Forgiveness', author: 'A. Teacher', curator: MALLORY, text: alicesBook() }])])
      await expect(takeover).rejects.toBeInstanceOf(SourceCuratorConflictError)
      await expect(takeover).rejects.toMatchObject({ details: { conflicts: [{ source: 'forgiveness.md', curatedBy: ALICE, ingestedBy: MALLORY }] } })
      const after = await creditsOver(knowledge, QUESTIONS)
      console.info(`[curation] same-name re-ingest: before alice ${before.alice} passages (${before.earnedByAlice}), after alice ${after.alice} / mallory ${after.mallory} passages, mallory earned ${after.earnedByMallory}`)
      expect(after.mallory).toBe(0)
      expect(after.alice).toBe(before.alice)
    } finally {
      await knowledge.close()
    }
  })

  // Measured: Alice's book, then Mallory's byte-identical copy under another file name with
  // Mallory in the manifest. packChunks drops the second of two identical texts, and equal scores
  // are ordered by source: named aa-forgiveness.md, Mallory's copy took all 12 passages over 4
  // questions (100% of the curators' pool, 449,460,000,000,000 base units; Alice 0); named
  // zz-forgiveness.md it took none. Whoever names the copy to sort first owns the book's credit.
  // Fix: orchestrator/maia/knowledge/packChunks.ts (the duplicate check) should keep the copy
  // ingested first (the original curator), or better, openKnowledgeBase.ts ingest should refuse or
  // flag chunks whose normalised text is already stored under another curator.
  // Defended: ingest refuses a book whose passages another curator already has (CopiedPassagesError,
  // naming the copy, the original and both curators); Mallory 0 passages, Alice keeps the credit.
  it('defended: a byte-identical copy under a file name that sorts first is refused and takes no credit', async () => {
    const knowledge = await openTestKnowledge(join(directory.path, 'kb-copy'))
    try {
      await ingestPaths(knowledge, [await writeLibrary(join(directory.path, 'alice-b'), [{ file: 'forgiveness.md', title: 'On Forgiveness', author: 'A. Teacher', curator: ALICE, text: alicesBook() }])])
      const copy = ingestPaths(knowledge, [await writeLibrary(join(directory.path, 'mallory-b'), [{ file: 'aa-forgiveness.md', title: 'On Forgiveness', author: 'A. Teacher', curator: MALLORY, text: alicesBook() }])])
      await expect(copy).rejects.toBeInstanceOf(CopiedPassagesError)
      await expect(copy).rejects.toMatchObject({ details: { copies: [{ source: 'aa-forgiveness.md', curator: MALLORY, originalSource: 'forgiveness.md', originalCurator: ALICE }] } })
      const result = await creditsOver(knowledge, QUESTIONS)
      console.info(`[curation] exact copy: alice ${result.alice} passages (${result.earnedByAlice}), mallory ${result.mallory} passages (${result.earnedByMallory})`)
      expect(result.mallory).toBe(0)
      expect(result.alice).toBeGreaterThan(0)
    } finally {
      await knowledge.close()
    }
  })

  // Measured: 4 questions, 1,500-token wisdom budget: Alice 11 passages, Mallory 7; Mallory earned
  // 38.4% of the curators' pool and each prompt carried the same text twice (the user's wisdom
  // budget spent on a duplicate).
  // Fix: orchestrator/maia/knowledge/packChunks.ts dedupeKey should compare a normalised text (NFKC,
  // format characters such as U+200B stripped, punctuation folded; or a MinHash near-duplicate
  // check as scripts/dataset does) across sources, and ingest should refuse such copies.
  // A near-duplicate copy: each paragraph of Alice's book with one zero-width space (U+200B) after
  // its first word. packChunks' duplicate key (lower case, whitespace collapsed) does not see through
  // it, and the overlap check is per source, so both copies are packed into one prompt.
  // Defended: ingest compares 5-word shingles of text folded as a reader reads it (NFKC, format
  // characters dropped, case and punctuation ignored) with other curators' passages and refuses the
  // copy (CopiedPassagesError); packChunks' duplicate key folds the same way.
  it('defended: a near-duplicate copy (zero-width spaces) is refused and earns its re-curator nothing', async () => {
    const knowledge = await openTestKnowledge(join(directory.path, 'kb-near'))
    try {
      const variant = alicesBook().split('\n\n').map((paragraph) => paragraph.replace(' ', '\u200B ')).join('\n\n')
      await ingestPaths(knowledge, [await writeLibrary(join(directory.path, 'alice-c'), [{ file: 'forgiveness.md', title: 'On Forgiveness', author: 'A. Teacher', curator: ALICE, text: alicesBook() }])])
      const copy = ingestPaths(knowledge, [await writeLibrary(join(directory.path, 'mallory-c'), [{ file: 'mercy.md', title: 'On Mercy', author: 'M. Sage', curator: MALLORY, text: variant }])])
      await expect(copy).rejects.toBeInstanceOf(CopiedPassagesError)
      const result = await creditsOver(knowledge, QUESTIONS)
      const total = result.earnedByAlice + result.earnedByMallory
      console.info(`[curation] zero-width near duplicate: alice ${result.alice} passages, mallory ${result.mallory} passages; mallory earned ${share(result.earnedByMallory, total)} of the curators' pool`)
      expect(result.mallory).toBe(0)
      for (const prompt of result.prompts) expect(prompt.split(FORGIVENESS[0]!.slice(0, 60)).length).toBeLessThanOrEqual(2)
    } finally {
      await knowledge.close()
    }
  })

  // Measured: 40 one-sentence files against Alice's book, 4 questions: Mallory 46 passages / 874
  // tokens, Alice 9 passages / 5,063 tokens: 14.7% of the wisdom tokens earned Mallory 83.7% of the
  // curators' pool.
  // Fix: credit by tokens, not passages: CuratorCredit should carry the tokens of each curator's
  // passages (orchestrator/maia/promptMaterials.ts curatorCredits), and createPassageCredits.ts
  // (parts) and settlement/earnings.ts computeEpochEarnings (curatorShare) split by them.
  // Mallory splits keyword-dense sayings into many one-sentence files; Alice's passages are long.
  // Credits are split by passage count (createPassageCredits's parts, computeEpochEarnings'
  // curatorShare), not by the tokens each curator put into the prompt.
  // Defended: credits carry each curator's passage tokens (curatorCredits), and createPassageCredits
  // and computeEpochEarnings split by them: after the fix Mallory 41 passages / 874 tokens (token
  // share 0.147) earned 0.129 of the curators' pool.
  it('defended: many tiny passages earn by their tokens, not per passage', async () => {
    const knowledge = await openTestKnowledge(join(directory.path, 'kb-tiny'))
    try {
      await ingestPaths(knowledge, [await writeLibrary(join(directory.path, 'alice-d'), [{ file: 'forgiveness.md', title: 'On Forgiveness', author: 'A. Teacher', curator: ALICE, text: alicesBook() }])])
      const tiny = Array.from({ length: 40 }, (_, index) => ({
        file: `saying-${String(index).padStart(2, '0')}.md`, title: `Saying ${index}`, author: 'M. Sage', curator: MALLORY,
        text: `Forgive ${['the hurt', 'resentment', 'the wound', 'the grieving heart', 'the restless mind'][index % 5]}, let go, and forgiveness will heal you (${index}).`
      }))
      await ingestPaths(knowledge, [await writeLibrary(join(directory.path, 'mallory-d'), tiny)])
      const result = await creditsOver(knowledge, QUESTIONS)
      const tokens = { alice: 0, mallory: 0 }
      for (const question of QUESTIONS) {
        const found = await knowledge.search(question, { budgetTokens: 1_500 })
        for (const chunk of found.chunks) {
          if (chunk.curator === ALICE) tokens.alice += counter.count(chunk.text)
          if (chunk.curator === MALLORY) tokens.mallory += counter.count(chunk.text)
        }
      }
      const tokenShare = share(tokens.mallory, tokens.alice + tokens.mallory)
      const earnedShare = share(result.earnedByMallory, result.earnedByAlice + result.earnedByMallory)
      console.info(`[curation] tiny passages: mallory ${result.mallory} passages / ${tokens.mallory} tokens, alice ${result.alice} passages / ${tokens.alice} tokens; mallory's token share ${tokenShare}, earned share ${earnedShare}`)
      // Paid by what reached the user, Mallory's share of the pool would be her share of the tokens.
      expect(earnedShare).toBeLessThanOrEqual(tokenShare + 0.05)
    } finally {
      await knowledge.close()
    }
  })
})
