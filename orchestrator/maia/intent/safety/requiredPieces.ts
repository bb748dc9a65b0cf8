/**
 * Which short pieces of text a regex cannot match without: read off its source when a rule is first used, so
 * the screen can skip a rule whose pieces are absent from a message without running the regex (the costly part
 * of the screen: hundreds of alternatives tried at every position of every message).
 *
 * The answer is a list of clauses; each clause is a set of pieces, and any text the regex matches somewhere in
 * contains at least one piece of every clause (inside the match, or where a positive look-around looked). So a text that misses every piece of some clause has no match:
 * skipping the regex then changes nothing. Whatever the reader cannot follow (a character class, `.`, an escape
 * it does not know, an optional or repeated part) it treats as "could be anything", which only ever yields fewer
 * or weaker clauses, never a wrong one; a source it cannot parse at all yields no clauses (the regex always runs).
 * Pieces are cut to their first {@link PIECE_LENGTH} UTF-16 code units: a text holding a piece holds its start.
 */

/**
 * The longest piece kept. Longer pieces are rarer in messages, so they rule out more: over 2,000 development messages
 * the screen took ~267 µs a message with pieces of 4, ~192 with 8, ~129 with 12 to 64 (ruleScreenProfile.ts). The
 * lookup reads a message along a trie (ruleGates.ts) and stops where no piece goes on, so length costs it little.
 */
export const PIECE_LENGTH = 16
/** How many strings a part's exact set may hold before it counts as "could be anything". */
const EXACT_LIMIT = 64
/** How many pieces a clause may hold: a larger one is dropped (it would rarely rule anything out). */
const CLAUSE_LIMIT = 4000
/** The strongest clauses kept for a regex: more cost lookups and rarely rule out anything the first ones did not. */
const CLAUSES_KEPT = 3

type RegexNode =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'anything' }
  | { readonly kind: 'zeroWidth' }
  /** `(?=…)` or `(?<=…)`: matches no text of its own, but the text around must hold a match of `inside`. */
  | { readonly kind: 'lookaround'; readonly inside: RegexNode }
  | { readonly kind: 'sequence'; readonly items: readonly RegexNode[] }
  | { readonly kind: 'choice'; readonly options: readonly RegexNode[] }
  | { readonly kind: 'repeat'; readonly item: RegexNode; readonly min: number; readonly max: number }

/** A clause: any match contains one of these pieces. */
export type Clause = ReadonlySet<string>

interface Reading {
  /** Every string the part can match, when they are few; null when unknown or too many. */
  readonly exact: ReadonlySet<string> | null
  /** Clauses every text the part matches in satisfies (besides its exact set): pieces of the match or of its look-arounds. */
  readonly clauses: readonly Clause[]
}

class UnreadableRegex extends Error {}

/** A reader of `u`-mode regex source, by code point, into the few node kinds the analysis needs. */
class SourceReader {
  private position = 0
  private readonly points: readonly string[]
  constructor(source: string) { this.points = Array.from(source) }

  read(): RegexNode {
    const node = this.choice()
    if (this.position !== this.points.length) throw new UnreadableRegex('unbalanced parenthesis')
    return node
  }

  private peek(offset = 0): string | undefined { return this.points[this.position + offset] }
  private next(): string {
    const point = this.points[this.position++]
    if (point === undefined) throw new UnreadableRegex('source ends early')
    return point
  }

  private choice(): RegexNode {
    const options = [this.sequence()]
    while (this.peek() === '|') { this.position++; options.push(this.sequence()) }
    const [only] = options
    return options.length === 1 && only !== undefined ? only : { kind: 'choice', options }
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = []
    while (this.peek() !== undefined && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()))
    return { kind: 'sequence', items }
  }

  private quantified(item: RegexNode): RegexNode {
    const point = this.peek()
    let min: number
    let max: number
    if (point === '*') { min = 0; max = Infinity; this.position++ }
    else if (point === '+') { min = 1; max = Infinity; this.position++ }
    else if (point === '?') { min = 0; max = 1; this.position++ }
    else if (point === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/u.exec(this.points.slice(this.position, this.position + 24).join(''))
      if (bounds === null) throw new UnreadableRegex('brace that is not a quantifier')
      min = Number(bounds[1])
      max = bounds[2] === undefined ? min : bounds[3] === '' ? Infinity : Number(bounds[3])
      this.position += bounds[0].length
    } else return item
    if (this.peek() === '?') this.position++
    return { kind: 'repeat', item, min, max }
  }

  private atom(): RegexNode {
    const point = this.next()
    switch (point) {
      case '(': return this.group()
      case '[': this.skipClass(); return { kind: 'anything' }
      case '.': return { kind: 'anything' }
      case '^': case '$': return { kind: 'zeroWidth' }
      case '\\': return this.escape()
      case '*': case '+': case '?': case '{': case '}': case ']': case ')': case '|': throw new UnreadableRegex(`unexpected ${point}`)
      default: return { kind: 'literal', text: point }
    }
  }

  private group(): RegexNode {
    let lookaround: 'none' | 'positive' | 'negative' = 'none'
    if (this.peek() === '?') {
      const opener = this.peek(1)
      const behind = opener === '<' ? this.peek(2) : undefined
      if (opener === ':') this.position += 2
      else if (opener === '=' || opener === '!') { this.position += 2; lookaround = opener === '=' ? 'positive' : 'negative' }
      else if (behind === '=' || behind === '!') { this.position += 3; lookaround = behind === '=' ? 'positive' : 'negative' }
      else if (opener === '<') { while (this.next() !== '>') { /* a group's name */ } }
      else throw new UnreadableRegex(`group (?${opener ?? ''}`)
    }
    const inside = this.choice()
    if (this.next() !== ')') throw new UnreadableRegex('group not closed')
    // A look-around matches no text of its own, so the match's characters on either side stay adjacent. What a
    // positive one holds is in the text all the same; a negative one promises nothing (not even its own look-arounds).
    return lookaround === 'positive' ? { kind: 'lookaround', inside } : lookaround === 'negative' ? { kind: 'zeroWidth' } : inside
  }

  private skipClass(): void {
    for (;;) {
      const point = this.next()
      if (point === '\\') this.next()
      else if (point === ']') return
    }
  }

  private escape(): RegexNode {
    const point = this.next()
    if (point === 'b' || point === 'B') return { kind: 'zeroWidth' }
    if (point === 'p' || point === 'P') {
      if (this.next() !== '{') throw new UnreadableRegex('property escape without a brace')
      while (this.next() !== '}') { /* the property's name */ }
      return { kind: 'anything' }
    }
    if ('dDwWsSnrtfv0'.includes(point)) return { kind: 'anything' }
    // A syntax character escaped is itself; anything else (\u, \x, \c, back-references) the reader does not follow.
    if ('^$\\.*+?()[]{}|/'.includes(point)) return { kind: 'literal', text: point }
    throw new UnreadableRegex(`escape \\${point}`)
  }
}

const NOTHING_KNOWN: Reading = { exact: null, clauses: [] }

/** Every concatenation of one string from each set, or null when there would be more than EXACT_LIMIT. */
function product(sets: ReadonlyArray<ReadonlySet<string>>): Set<string> | null {
  let strings = new Set([''])
  for (const set of sets) {
    if (strings.size * set.size > EXACT_LIMIT) return null
    const longer = new Set<string>()
    for (const start of strings) for (const end of set) longer.add(start + end)
    strings = longer
  }
  return strings
}

/** The exact set as a clause, when it can serve as one (it cannot when the part may match the empty string). */
function exactAsClause(exact: ReadonlySet<string> | null): Clause | null {
  return exact === null || exact.has('') ? null : exact
}

/** A clause's strength: longer shortest piece first (rarer in text), then fewer pieces. */
function strength(clause: Clause): readonly [number, number] {
  let shortest = Infinity
  for (const piece of clause) shortest = Math.min(shortest, piece.length, PIECE_LENGTH)
  return [shortest, -clause.size]
}
const stronger = (a: Clause, b: Clause): number => {
  const [shortestA, sizeA] = strength(a)
  const [shortestB, sizeB] = strength(b)
  return shortestB - shortestA || sizeB - sizeA
}

function allClauses(reading: Reading): Clause[] {
  const fromExact = exactAsClause(reading.exact)
  return fromExact === null ? [...reading.clauses] : [fromExact, ...reading.clauses]
}

const clauseKey = (clause: Clause): string => [...clause].sort().join('\u0000')

function readNode(node: RegexNode): Reading {
  switch (node.kind) {
    case 'literal': return { exact: new Set([node.text]), clauses: [] }
    case 'anything': return NOTHING_KNOWN
    case 'zeroWidth': return { exact: new Set(['']), clauses: [] }
    case 'lookaround': return { exact: new Set(['']), clauses: allClauses(readNode(node.inside)) }
    case 'sequence': return readSequence(node.items.map(readNode))
    case 'choice': return readChoice(node.options.map(readNode))
    case 'repeat': return readRepeat(readNode(node.item), node.min, node.max)
  }
}

function readSequence(items: readonly Reading[]): Reading {
  const clauses: Clause[] = items.flatMap((item) => item.clauses)
  // Consecutive parts with exact sets match one of their concatenations, side by side in the text (a look-around
  // or word edge between them matches the empty string).
  let run: Array<ReadonlySet<string>> = []
  const closeRun = (): void => {
    const joined = exactAsClause(product(run))
    if (joined !== null) clauses.push(joined)
    run = []
  }
  for (const item of items) {
    if (item.exact === null) { closeRun(); continue }
    if (product([...run, item.exact]) === null) closeRun()
    run.push(item.exact)
  }
  closeRun()
  const exact = items.every((item) => item.exact !== null) ? product(items.map((item) => item.exact ?? new Set<string>())) : null
  return { exact, clauses }
}

function readChoice(options: readonly Reading[]): Reading {
  const exactSets = options.map((option) => option.exact)
  const union = exactSets.every((exact): exact is ReadonlySet<string> => exact !== null) ? new Set(exactSets.flatMap((exact) => [...exact])) : null
  const clauses = commonClauses(options)
  // Whichever option matched, its own strongest clause holds: so the union of those clauses holds. (Options made
  // of look-arounds alone have an exact set, the empty string, and their clauses besides.)
  const strongest = options.map((option) => allClauses(option).sort(stronger)[0])
  if (strongest.every((clause): clause is Clause => clause !== undefined)) {
    const pieces = new Set(strongest.flatMap((clause) => [...clause]))
    if (pieces.size <= CLAUSE_LIMIT) clauses.push(pieces)
  }
  return { exact: union !== null && union.size <= EXACT_LIMIT ? union : null, clauses }
}

/** The clauses every option has (those hold whichever option matched). */
function commonClauses(options: readonly Reading[]): Clause[] {
  const [first, ...rest] = options.map(allClauses)
  if (first === undefined) return []
  const restKeys = rest.map((clauses) => new Set(clauses.map(clauseKey)))
  return first.filter((clause) => restKeys.every((keys) => keys.has(clauseKey(clause))))
}

function readRepeat(item: Reading, min: number, max: number): Reading {
  const itemExact = item.exact
  if (min === 0) return max === 1 && itemExact !== null ? { exact: new Set(['', ...itemExact]), clauses: [] } : NOTHING_KNOWN
  const exact = min === max && itemExact !== null ? product(Array.from({ length: min }, () => itemExact)) : null
  return { exact, clauses: allClauses(item) }
}

/**
 * The clauses a regex's every match satisfies, strongest first and at most {@link CLAUSES_KEPT}, each piece cut to
 * {@link PIECE_LENGTH} code units; empty when nothing is known (the regex must always run). Case-insensitive and
 * `v`-mode regexes get none.
 */
export function requiredClauses(regex: Pick<RegExp, 'source' | 'flags'>): Clause[] {
  // `i`: pieces would need every casing. `v`: its classes nest (`[[a-z]--[aeiou]]`), which skipClass does not follow.
  if (regex.flags.includes('i') || regex.flags.includes('v')) return []
  let tree: RegexNode
  try { tree = new SourceReader(regex.source).read() } catch (error) {
    if (error instanceof UnreadableRegex) return []
    throw error
  }
  const clauses = allClauses(readNode(tree))
    .map((clause) => new Set([...clause].map((piece) => piece.slice(0, PIECE_LENGTH))))
    .filter((clause) => clause.size > 0 && !clause.has(''))
  const distinct = [...new Map(clauses.map((clause) => [clauseKey(clause), clause])).values()]
  return distinct.sort(stronger).slice(0, CLAUSES_KEPT)
}
