/**
 * English function words that carry no topic: question words, auxiliaries, pronouns,
 * determiners, common prepositions. LanceDB's BM25 index drops only a short stop list
 * ("the", "of", "is"...), so without this a question's "what", "does", "should", "my" would
 * score passages that merely ask questions too; in a small library they even outrank the
 * one word that matters.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(`
a about above after again against all am an and any are as at be because been before being below between both but by
can could did do does doing done down during each few for from further had has have having he her here hers herself him
himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
ought our ours ourselves out over own same shall she should so some such than that the their theirs them themselves then
there these they this those through to too under until up upon us very was we were what when where which while who whom
whose why will with would you your yours yourself yourselves really truly tell say says said someone something anything
everything thing things way ever often also may might must get got make makes made let
`.split(/\s+/).filter(Boolean))

/**
 * The words of `question` worth searching for, in order. Falls back to the whole question when
 * every word is a function word ("What is it?"), so a search never silently becomes empty.
 *
 * @example
 * toSearchQuery('What does the shepherd restore?') // 'shepherd restore'
 */
export function toSearchQuery(question: string): string {
  const words = question.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []
  const kept = words.filter((word) => !FUNCTION_WORDS.has(word.toLowerCase().replace(/['’]s$/, '')))
  return (kept.length > 0 ? kept : words).join(' ')
}
