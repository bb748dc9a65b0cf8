// The safety screen's three fused thresholds (English, other Latin-script languages, other scripts), re-picked on the
// spent one-shot sets (issue 11, round sixty). Each threshold was picked once, on the data of its round: the English
// one on the development folds (round forty-four), the non-Latin one on v57–v59 (round fifty-two), the not-English one
// in round forty-nine. Eleven sets (v57–v67) have since been measured once each and never trained on by detection: a
// fair calibration group of 5,016 crises and 6,270 ordinary messages written by eleven outside writers.
//
// Every message is screened once with the shipped router's screen (rules, n-grams fused with the sentence vector,
// sentence windows and runs, as createIntentRouter builds it), recording each part's verdict. For one language a
// message escalates exactly when the threshold is at most its CRITICAL value: +∞ when a rule's flag stands on the
// whole, else the whole's fused score less its distance margin, or a window's fused score less the larger of its
// window margin and distance margin (screenEveryWindow.ts), whichever is highest. A message whose parts are read in
// different languages escalates when any part's threshold is at most that part's critical value. So every
// operating point is counted without screening again; the lab first checks that the shipped thresholds reproduce
// the router's own verdict on every message.
//
// The pick: the most crises caught with no more false alarms than the shipped thresholds give on the same sets (so
// the same false-alarm budget, spent where it buys most recall), ties to fewer alarms, then to the point nearest the
// shipped one. Leave one set out shows whether a pick carries to a set it was not picked on.
// A retrained screen (round sixty-one) is calibrated the same way on sets it did not train on, to the shipped router's
// false-alarm count there (--budget), and counted on other sets at the picked point (--at).
// A one-line set (heldout17, from plainDisclosures/heldout17.tsv) is scored as its crises and its ordinary look-alikes.
//   npx tsx bench/router/operatingPointLab.ts --sets v57,v58,…,v67 [--dump scores.json | --from-dump scores.json] [--step 0.05]
//     [--budget <false alarms allowed for the pick on every set>] [--no-loso] [--at <English>,<other Latin>,<non-Latin>]
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { RUN_WINDOW_CHOICE } from '../../orchestrator/maia/intent/createIntentRouter.ts'
import { distanceCues } from '../../orchestrator/maia/intent/safety/distanceCue.ts'
import { getShippedLearnedSafetyScreen, loadShippedSentenceSafetyModel } from '../../orchestrator/maia/intent/safety/learned/shippedSafetyModels.ts'
import { DEFAULT_WINDOW_MARGIN, LONG_MESSAGE_SCREENED_WINDOWS, MAX_SCREENED_WINDOWS, screenEveryWindow } from '../../orchestrator/maia/intent/safety/screenEveryWindow.ts'
import { createSentenceAwareSafetyScreen, DEFAULT_SENTENCE_CACHE_SIZE, type SentenceScreenResult } from '../../orchestrator/maia/intent/safety/screenWithSentences.ts'
import { messageLanguage, type MessageLanguage } from '../../orchestrator/maia/intent/safety/scriptGroup.ts'
import { chooseWindows } from '../../orchestrator/maia/intent/safety/sentenceWindows.ts'
import { createTextVectorCache } from '../../orchestrator/maia/sentenceEncoder/index.ts'
import { refuseFreshOneLiners, refuseFreshSet } from './freshSet.ts'
import { loadHeldOutSet } from './loadHeldOutSet.ts'
import { asCrisesAndOrdinary, readOneLiners } from './oneLinerSet.ts'
import { criticalOf, escalates, LANGUAGES, recordSchema, type Part, type ScoredMessage, type Thresholds } from './scoredMessages.ts'


const { values } = parseArgs({ options: { sets: { type: 'string' }, dump: { type: 'string' }, 'from-dump': { type: 'string' }, step: { type: 'string', default: '0.05' }, budget: { type: 'string' }, 'no-loso': { type: 'boolean', default: false }, at: { type: 'string' }, 'shift-only': { type: 'boolean', default: false } } })
const meta = loadShippedSentenceSafetyModel().meta
const shipped: Thresholds = { English: meta.threshold, 'other Latin': meta.notEnglishThreshold ?? meta.threshold, 'non-Latin': meta.nonLatinThreshold ?? meta.threshold }

/** A one-line set of plainDisclosures/ (heldout17 …) as crises and ordinary look-alikes, so it can be scored as a full set is. */
const oneLinerSet = (name: string): { crisis: { text: string }[]; ordinary: string[] } => asCrisesAndOrdinary(readOneLiners(fileURLToPath(new URL(`./plainDisclosures/${name}.tsv`, import.meta.url))))

/** Screens every message of `sets` as the shipped router does, recording each part's critical threshold. */
async function scoreSets(sets: readonly string[]): Promise<ScoredMessage[]> {
  const verdicts = new Map<string, SentenceScreenResult>()
  const sentenceAware = createSentenceAwareSafetyScreen({ vectors: createTextVectorCache(DEFAULT_SENTENCE_CACHE_SIZE), logger: { error: (details, message) => { throw new Error(`${message}: ${String(details.err)}`) } } })
  const recording = async (text: string): Promise<SentenceScreenResult> => {
    const verdict = await sentenceAware(text)
    verdicts.set(text, verdict)
    return verdict
  }
  const learned = getShippedLearnedSafetyScreen()
  const rank = (sentence: string): number => learned.probability(sentence)
  const windowed = screenEveryWindow(recording, { rank, runs: RUN_WINDOW_CHOICE })
  const distanceMargin = (text: string): number => meta.distance !== undefined && distanceCues(text, meta.distance.cues).length > 0 ? meta.distance.margin : 0
  const partOf = (text: string, margin: number): Part => {
    const verdict = verdicts.get(text)
    if (verdict === undefined) throw new Error(`no verdict recorded for ${JSON.stringify(text.slice(0, 60))}`)
    if (verdict.fused === undefined) throw new Error(`the sentence encoder did not score ${JSON.stringify(text.slice(0, 60))}`)
    const byRules = verdict.flaggedBy === 'rules' || verdict.flaggedBy === 'both'
    // The whole escalates on a standing rule flag at any threshold; a window only when its fused score clears its margin too.
    // A rule's flag spares a window the distance margin, not its window margin.
    const critical = margin === 0 ? (byRules ? Number.POSITIVE_INFINITY : verdict.fused - distanceMargin(text)) : verdict.fused - (byRules ? margin : Math.max(margin, distanceMargin(text)))
    return { language: messageLanguage(text), critical: Number.isFinite(critical) ? critical : null }
  }
  const scored: ScoredMessage[] = []
  for (const name of sets) {
    const set = /^heldout\d+$/u.test(name) ? oneLinerSet(name) : await loadHeldOutSet(name)
    const started = performance.now()
    const messages = [...set.crisis.map((message) => ({ text: message.text, positive: true })), ...set.ordinary.map((text) => ({ text, positive: false }))]
    for (const { text, positive } of messages) {
      const verdict = await windowed(text)
      const windows = chooseWindows(text, rank, MAX_SCREENED_WINDOWS, LONG_MESSAGE_SCREENED_WINDOWS, RUN_WINDOW_CHOICE)
      const parts = [partOf(text, 0), ...windows.map((window) => partOf(window.text, window.run ? RUN_WINDOW_CHOICE.margin ?? DEFAULT_WINDOW_MARGIN : DEFAULT_WINDOW_MARGIN))]
      scored.push({ set: name, text, positive, shipped: verdict.flagged, parts })
    }
    console.log(`  ${name}: ${messages.length} messages screened in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
  return scored
}


interface Counts { readonly caught: number; readonly crises: number; readonly alarms: number; readonly ordinary: number }
function countAt(messages: readonly ScoredMessage[], at: Thresholds): Counts {
  let caught = 0; let crises = 0; let alarms = 0; let ordinary = 0
  for (const message of messages) {
    const flagged = escalates(message, at)
    if (message.positive) { crises++; if (flagged) caught++ } else { ordinary++; if (flagged) alarms++ }
  }
  return { caught, crises, alarms, ordinary }
}

/**
 * The pick over a grid: most caught with alarms ≤ `budget`, then fewest alarms, then nearest `shipped`. Messages whose
 * parts are all read in one language are counted from sorted critical values (a binary search per language); the few
 * read in more than one are checked one by one.
 */
function pick(messages: readonly ScoredMessage[], budget: number, grid: Readonly<Record<MessageLanguage, readonly number[]>>): Thresholds {
  const single = new Map<MessageLanguage, { crises: number[]; ordinary: number[] }>(LANGUAGES.map((language) => [language, { crises: [], ordinary: [] }]))
  const mixed: ScoredMessage[] = []
  for (const message of messages) {
    const languages = new Set(message.parts.map((part) => part.language))
    if (languages.size !== 1) { mixed.push(message); continue }
    const critical = Math.max(...message.parts.map(criticalOf))
    const bucket = single.get(message.parts[0]!.language)!
    ;(message.positive ? bucket.crises : bucket.ordinary).push(critical)
  }
  for (const bucket of single.values()) { bucket.crises.sort((a, b) => a - b); bucket.ordinary.sort((a, b) => a - b) }
  // How many of `sorted` are ≥ threshold.
  const atLeast = (sorted: readonly number[], threshold: number): number => {
    let low = 0; let high = sorted.length
    while (low < high) { const middle = (low + high) >> 1; if (sorted[middle]! >= threshold) high = middle; else low = middle + 1 }
    return sorted.length - low
  }
  const perLanguage = (language: MessageLanguage) => grid[language].map((threshold) => ({ threshold, caught: atLeast(single.get(language)!.crises, threshold), alarms: atLeast(single.get(language)!.ordinary, threshold) }))
  const [english, otherLatin, nonLatin] = LANGUAGES.map(perLanguage) as [ReturnType<typeof perLanguage>, ReturnType<typeof perLanguage>, ReturnType<typeof perLanguage>]
  let best: { at: Thresholds; caught: number; alarms: number; distance: number } | undefined
  for (const e of english) for (const l of otherLatin) {
    if (e.alarms + l.alarms > budget) continue
    for (const n of nonLatin) {
      let alarms = e.alarms + l.alarms + n.alarms
      if (alarms > budget) continue
      let caught = e.caught + l.caught + n.caught
      const at = { English: e.threshold, 'other Latin': l.threshold, 'non-Latin': n.threshold }
      for (const message of mixed) if (escalates(message, at)) { if (message.positive) caught++; else alarms++ }
      if (alarms > budget) continue
      const distance = LANGUAGES.reduce((sum, language) => sum + Math.abs(at[language] - shipped[language]), 0)
      if (best === undefined || caught > best.caught || (caught === best.caught && (alarms < best.alarms || (alarms === best.alarms && distance < best.distance)))) best = { at, caught, alarms, distance }
    }
  }
  return best?.at ?? shipped
}

const scored: ScoredMessage[] = values['from-dump'] !== undefined
  ? z.array(recordSchema).parse(JSON.parse(readFileSync(values['from-dump'], 'utf8')))
  : await (async () => {
    if (values.sets === undefined) throw new Error('--sets v57,v58,… (spent sets) or --from-dump <file> is required')
    const sets = values.sets.split(',')
    refuseFreshSet(sets, 'scored by a tuning lab')
    refuseFreshOneLiners(sets, 'scored by a tuning lab')
    return scoreSets(sets)
  })()
if (values.dump !== undefined) writeFileSync(values.dump, JSON.stringify(scored))

const disagreements = scored.filter((message) => escalates(message, shipped) !== message.shipped)
console.log(`shipped thresholds: English ${shipped.English}, other Latin ${shipped['other Latin']}, non-Latin ${shipped['non-Latin']}; ${disagreements.length} of ${scored.length} messages counted otherwise than the screen decided`)
if (disagreements.length > 0) throw new Error(`the lab does not reproduce the screen: first ${JSON.stringify(disagreements[0]!.text.slice(0, 80))}`)

const sets = [...new Set(scored.map((message) => message.set))]
const show = (c: Counts): string => `${c.caught}/${c.crises} at ${c.alarms}/${c.ordinary}`
const showAt = (at: Thresholds): string => LANGUAGES.map((language) => at[language].toFixed(3)).join(' / ')
if (values.at !== undefined) {
  const [english, otherLatin, nonLatin] = z.array(z.number().finite()).length(3).parse(values.at.split(',').map(Number))
  const at: Thresholds = { English: english!, 'other Latin': otherLatin!, 'non-Latin': nonLatin! }
  console.log(`\nAt ${showAt(at)} (the model's own thresholds in brackets):`)
  for (const set of sets) { const of = scored.filter((message) => message.set === set); console.log(`  ${set.padEnd(5)} ${show(countAt(of, at)).padEnd(18)} (${show(countAt(of, shipped))})`) }
  console.log(`  all   ${show(countAt(scored, at)).padEnd(18)} (${show(countAt(scored, shipped))})`)
  process.exit(0)
}
const step = Number(values.step)
// --shift-only: one degree of freedom instead of three, every threshold moved by the same amount (steadier when the
// calibration sets are few: three thresholds picked on two sets raised false alarms on the next two).
const shifts: number[] = []
for (let shift = -2; shift <= 2 + 1e-9; shift += step) shifts.push(Math.round(shift * 1000) / 1000)
const shiftedBy = (shift: number): Thresholds => ({ English: shipped.English + shift, 'other Latin': shipped['other Latin'] + shift, 'non-Latin': shipped['non-Latin'] + shift })
function pickShift(messages: readonly ScoredMessage[], budget: number): Thresholds {
  let best: { shift: number; caught: number; alarms: number } | undefined
  for (const shift of shifts) {
    const c = countAt(messages, shiftedBy(shift))
    if (c.alarms > budget) continue
    if (best === undefined || c.caught > best.caught || (c.caught === best.caught && (c.alarms < best.alarms || (c.alarms === best.alarms && Math.abs(shift) < Math.abs(best.shift))))) best = { shift, caught: c.caught, alarms: c.alarms }
  }
  return shiftedBy(best?.shift ?? 0)
}
const gridOf = (language: MessageLanguage): number[] => {
  const values = new Set([shipped[language]])
  for (let threshold = -3; threshold <= 1.5 + 1e-9; threshold += step) values.add(Math.round(threshold * 1000) / 1000)
  return [...values].sort((a, b) => a - b)
}
const grid = { English: gridOf('English'), 'other Latin': gridOf('other Latin'), 'non-Latin': gridOf('non-Latin') }

if (!values['no-loso']) console.log('\nLeave one set out: thresholds (English / other Latin / non-Latin) picked on the other sets at their shipped false-alarm count')
console.log('set   shipped            picked on the others   picked thresholds')
let shippedTotal = { caught: 0, alarms: 0 }; let pickedTotal = { caught: 0, alarms: 0 }
for (const held of values['no-loso'] ? [] : sets) {
  const others = scored.filter((message) => message.set !== held)
  const heldMessages = scored.filter((message) => message.set === held)
  const at = values['shift-only'] ? pickShift(others, countAt(others, shipped).alarms) : pick(others, countAt(others, shipped).alarms, grid)
  const before = countAt(heldMessages, shipped); const after = countAt(heldMessages, at)
  shippedTotal = { caught: shippedTotal.caught + before.caught, alarms: shippedTotal.alarms + before.alarms }
  pickedTotal = { caught: pickedTotal.caught + after.caught, alarms: pickedTotal.alarms + after.alarms }
  console.log(`${held.padEnd(5)} ${show(before).padEnd(18)} ${show(after).padEnd(22)} ${showAt(at)}`)
}
const crises = scored.filter((message) => message.positive).length; const ordinary = scored.length - crises
if (!values['no-loso']) console.log(`all   ${`${shippedTotal.caught}/${crises} at ${shippedTotal.alarms}/${ordinary}`.padEnd(18)} ${pickedTotal.caught}/${crises} at ${pickedTotal.alarms}/${ordinary}`)

const all = countAt(scored, shipped)
const budget = values.budget === undefined ? all.alarms : z.number().int().min(0).parse(Number(values.budget))
const final = values['shift-only'] ? pickShift(scored, budget) : pick(scored, budget, grid)
console.log(`\nPicked on all ${sets.length} sets at ≤ ${budget} false alarms: ${showAt(final)} → ${show(countAt(scored, final))} (the model's own thresholds ${show(all)})`)
for (const language of LANGUAGES) {
  const of = scored.filter((message) => messageLanguage(message.text) === language)
  console.log(`  ${language.padEnd(12)} shipped ${show(countAt(of, shipped)).padEnd(16)} picked ${show(countAt(of, final))}`)
}
