/**
 * Topics MAIA's guidance draws on, each recognised by word stems. A chunk is tagged with a topic
 * when its stems occur at least `MIN_MATCHES` times, so `--topic dreams` finds passages about
 * dreams in any book, not only in the one whose manifest says "dreams".
 */
export const TOPIC_LEXICON: Readonly<Record<string, readonly string[]>> = {
  dreams: ['dream', 'sleep', 'nightmare', 'vision'],
  death: ['death', 'dead', 'die', 'dying', 'mortal', 'grave', 'immortal'],
  soul: ['soul', 'spirit', 'psyche'],
  love: ['love', 'lover', 'beloved', 'eros', 'desire', 'beauty', 'beautiful'],
  suffering: ['suffer', 'afflict', 'sorrow', 'pain', 'grief', 'misery', 'torment', 'trouble'],
  wisdom: ['wisdom', 'wise', 'understanding', 'knowledge', 'folly', 'fool'],
  virtue: ['virtue', 'justice', 'just', 'righteous', 'good', 'courage', 'temperance'],
  god: ['god', 'gods', 'lord', 'almighty', 'divine', 'heaven'],
  unconscious: ['unconscious', 'repress', 'complex', 'libido', 'neurosis', 'neurotic', 'instinct'],
  symbols: ['symbol', 'myth', 'archetyp', 'image', 'fantas', 'phantas'],
  wealth: ['riches', 'rich', 'wealth', 'poor', 'poverty', 'money', 'silver', 'gold'],
  family: ['father', 'mother', 'child', 'son', 'daughter', 'wife', 'husband', 'parent']
}

const MIN_MATCHES = 2

const PATTERNS = Object.entries(TOPIC_LEXICON).map(([topic, stems]) => ({
  topic,
  // A stem matches at a word start; short stems must be whole words ("die", not "diet").
  pattern: new RegExp(`\\b(?:${stems.map((stem) => (stem.length <= 4 ? `${stem}s?\\b` : stem)).join('|')})`, 'giu')
}))

/** The lexicon's topics `text` is about, in lexicon order. */
export function tagTopics(text: string): string[] {
  const topics: string[] = []
  for (const { topic, pattern } of PATTERNS) {
    let matches = 0
    for (const _ of text.matchAll(pattern)) {
      matches += 1
      if (matches >= MIN_MATCHES) break
    }
    if (matches >= MIN_MATCHES) topics.push(topic)
  }
  return topics
}
