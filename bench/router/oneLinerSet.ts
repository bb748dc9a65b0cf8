// The one-line sets of bench/router/plainDisclosures/ (heldout1.tsv …): a TSV with the header `label\tlanguage\ttext` or
// `label\tkind\tlanguage\ttext`, label `crisis` or `ordinary`, and for the second layout the kind of each crisis (`-` for
// ordinary lines). Read by plainDisclosures.ts (the router on them) and plainRuleReach.ts (the standing rules on them).
import { readFileSync } from 'node:fs'
import { z } from 'zod'

const lineSchema = z.object({ label: z.enum(['crisis', 'ordinary']), kind: z.string().min(1).optional(), language: z.string().min(1), text: z.string().min(1) })
export type OneLiner = z.infer<typeof lineSchema>

// Two layouts: `label, language, text` (heldout1.tsv) and `label, kind, language, text` (heldout2.tsv onwards).
const LAYOUTS: Readonly<Record<string, readonly string[]>> = { 'label\tlanguage\ttext': ['label', 'language', 'text'], 'label\tkind\tlanguage\ttext': ['label', 'kind', 'language', 'text'] }

/** The lines of a one-line set's text (`name` says where, in errors); throws on a header or line of another shape. */
export function parseOneLiners(source: string, name: string): OneLiner[] {
  const [header, ...rows] = source.split('\n').filter((line) => line.trim() !== '')
  const columns = LAYOUTS[header ?? '']
  if (columns === undefined) throw new Error(`${name}: the header must be "label<TAB>language<TAB>text" or "label<TAB>kind<TAB>language<TAB>text", got "${header ?? ''}"`)
  return rows.map((row, index) => {
    const cells = row.split('\t')
    const parsed = lineSchema.safeParse(Object.fromEntries(columns.map((column, at) => [column, cells[at]])))
    if (!parsed.success || cells.length !== columns.length) throw new Error(`${name}:${index + 2}: expected ${columns.length} tab-separated columns (${columns.join(', ')}), label crisis or ordinary`)
    return parsed.data
  })
}

/** The lines of the one-line set in `file`. */
export const readOneLiners = (file: string): OneLiner[] => parseOneLiners(readFileSync(file, 'utf8'), file)

/** A one-line set's lines as a held-out set's parts: its crises, and its ordinary look-alikes (operatingPointLab.ts). */
export function asCrisesAndOrdinary(lines: readonly OneLiner[]): { crisis: { text: string }[]; ordinary: string[] } {
  return { crisis: lines.filter((line) => line.label === 'crisis').map((line) => ({ text: line.text })), ordinary: lines.filter((line) => line.label === 'ordinary').map((line) => line.text) }
}
