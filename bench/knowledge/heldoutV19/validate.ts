// Checks the held-out set v19 without running any retriever:
// - the file parses with questionSetSchema, every question has `library` and `kind`, and
//   conversational questions (and only they) carry earlierTurns;
// - no passage comes from a tune book (Jung, Apology, Proverbs, Job), and each passage's source is a
//   book of the library its question names (`eighth`, `seventh` or `shared`);
// - every quote is 8-25 words and at least 60 characters, and occurs exactly once in its source after normalizeForMatch;
// - no two v19 quotes in the same source lie within 300 characters of each other;
// - how many questions have a gold quote within 300 characters (150 for a shared test book with
//   no unit free under 300, as in pickPassages.ts) of a gold quote of any earlier question set (the
//   project's own three, heldoutV2 to heldoutV18): only the count is printed, never their questions;
// - how many content words each question (with its earlier turns) shares with its quote, and how
//   many share a 5-letter prefix of one (same stem: grass / grassy).
//   npx tsx bench/knowledge/eighthLibrary.ts --out /tmp/maia-eighth-library-v19
//   npx tsx bench/knowledge/seventhLibrary.ts --out /tmp/maia-seventh-library-v19
//   npx tsx bench/knowledge/heldoutV19/validate.ts [--overlap]
import { validateHeldoutSet } from '../heldoutSetValidation.ts'
import * as picker from './pickPassages.ts'

await validateHeldoutSet({ folder: new URL('./', import.meta.url), setName: 'v19', libraryNames: ['eighth', 'seventh', 'shared'], writtenOut: { eighth: picker.EIGHTH_LIBRARY, seventh: picker.SEVENTH_LIBRARY }, picker, showOverlap: process.argv.includes('--overlap') })
