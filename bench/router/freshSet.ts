// The one-shot held-out set that heldout.ts names FRESH (measured once per router, then spent): a tuning lab never
// scores it and no trainer takes it in. Read from heldout.ts's source so that the name is written in one place only.
import { readFileSync } from 'node:fs'

/** The name of the fresh one-shot set (`v69`), or undefined when heldout.ts names none. */
export function freshSetName(heldOutSource: string = readFileSync(new URL('./heldout.ts', import.meta.url), 'utf8')): string | undefined {
  return /const FRESH = '(v\d+)'/u.exec(heldOutSource)?.[1]
}

/** Throws when `sets` names the fresh one-shot set; `use` says what would have used it (for the message). */
export function refuseFreshSet(sets: readonly string[], use: string, fresh: string | undefined = freshSetName()): void {
  if (fresh !== undefined && sets.includes(fresh)) throw new Error(`${fresh} is the fresh one-shot set: it is never ${use}`)
}

/** The one-line sets (bench/router/plainDisclosures/) written for a coming measurement and not yet measured. */
export const FRESH_ONE_LINER_SETS: readonly string[] = []

// A set is named with or without its `.tsv` (round eighty-nine's rule listed 'heldout19', which the file name
// 'heldout19.tsv' never equalled): both sides are compared without it.
const setName = (file: string): string => file.replace(/\.tsv$/u, '')

/** Whether `file` (a base name, with or without `.tsv`) is one of the fresh one-line sets. */
export const isFreshOneLiner = (file: string, fresh: readonly string[] = FRESH_ONE_LINER_SETS): boolean => fresh.some((set) => setName(set) === setName(file))

/** Throws when `files` (base names, with or without `.tsv`) names a fresh one-line set; `use` says what would have used it. */
export function refuseFreshOneLiners(files: readonly string[], use: string, fresh: readonly string[] = FRESH_ONE_LINER_SETS): void {
  const named = files.find((file) => isFreshOneLiner(file, fresh))
  if (named !== undefined) throw new Error(`${named} is a fresh one-line set: it is never ${use}`)
}
