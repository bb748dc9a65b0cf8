import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createIntentRouter } from '../../../../orchestrator/maia/intent/createIntentRouter.ts'
import { createResponderRouting } from '../../../../orchestrator/maia/intent/createResponderRouting.ts'
import { EmptyMessageError, InvalidRoutePolicyError, RoutePolicyFileError, UnknownIntentError } from '../../../../orchestrator/maia/intent/errors.ts'
import { seededRandom } from '../../../../orchestrator/maia/intent/random.ts'
import { INTENTS } from '../../../../orchestrator/maia/intent/intents.ts'
import { loadRoutePolicy } from '../../../../orchestrator/maia/intent/loadRoutePolicy.ts'
import { routeFor } from '../../../../orchestrator/maia/intent/routeFor.ts'
import { DEFAULT_ROUTE_POLICY, parseRoutePolicy, ROUTE_POLICY_PHASES, type RoutePolicy } from '../../../../orchestrator/maia/intent/routePolicy.ts'

describe('routeFor with the default policy', () => {
  it('without Claude: templates, the network, and the safety reply', () => {
    expect(Object.fromEntries(INTENTS.map((intent) => [intent, routeFor(intent, { claudeAvailable: false })]))).toEqual({
      elemental_check_in: 'template',
      simple_reflection: 'template',
      shadow_work: 'network',
      complex_synthesis: 'network',
      oracle_reading: 'network',
      safety_escalation: 'safety'
    })
  })

  it('is phase 2: with Claude configured the network still answers every model route (Claude samples quality)', () => {
    expect(DEFAULT_ROUTE_POLICY).toEqual(ROUTE_POLICY_PHASES['2'])
    expect(Object.fromEntries(INTENTS.map((intent) => [intent, routeFor(intent, { policy: DEFAULT_ROUTE_POLICY, claudeAvailable: true })]))).toEqual({
      elemental_check_in: 'template',
      simple_reflection: 'template',
      shadow_work: 'network',
      complex_synthesis: 'network',
      oracle_reading: 'network',
      safety_escalation: 'safety'
    })
  })

  it('phase 1b, with Claude: synthesis and oracle readings go to Claude, nothing else moves', () => {
    expect(Object.fromEntries(INTENTS.map((intent) => [intent, routeFor(intent, { policy: ROUTE_POLICY_PHASES['1b'], claudeAvailable: true })]))).toEqual({
      elemental_check_in: 'template',
      simple_reflection: 'template',
      shadow_work: 'network',
      complex_synthesis: 'claude',
      oracle_reading: 'claude',
      safety_escalation: 'safety'
    })
  })
})

describe('route policy', () => {
  it('overrides some intents and keeps the defaults for the rest', () => {
    const policy = parseRoutePolicy({ routes: { shadow_work: 'claude', simple_reflection: 'network' }, claudeFallback: 'template' })
    expect(routeFor('shadow_work', { policy, claudeAvailable: true })).toBe('claude')
    expect(routeFor('shadow_work', { policy, claudeAvailable: false })).toBe('template')
    expect(routeFor('simple_reflection', { policy, claudeAvailable: false })).toBe('network')
    expect(routeFor('elemental_check_in', { policy, claudeAvailable: false })).toBe('template')
  })

  it('reads the flat form the orchestrator config uses', () => {
    expect(parseRoutePolicy({ shadow_work: 'claude' }).routes.shadow_work).toBe('claude')
    expect(() => parseRoutePolicy({ safety_escalation: 'network' })).toThrow(InvalidRoutePolicyError)
    expect(parseRoutePolicy({})).toEqual(DEFAULT_ROUTE_POLICY)
    // Overrides apply on top of the chosen phase.
    expect(parseRoutePolicy({ shadow_work: 'claude' }, 'test', ROUTE_POLICY_PHASES['1b']).routes).toMatchObject({ shadow_work: 'claude', oracle_reading: 'claude' })
  })

  it('refuses to send a crisis anywhere but the safety reply', () => {
    expect(() => parseRoutePolicy({ routes: { safety_escalation: 'network' } })).toThrow(InvalidRoutePolicyError)
    expect(() => parseRoutePolicy({ routes: { safety_escalation: 'template' } })).toThrow(/safety_escalation/)
    // A policy built in code, past the schema, still cannot.
    const forged = { ...DEFAULT_ROUTE_POLICY, routes: { ...DEFAULT_ROUTE_POLICY.routes, safety_escalation: 'claude' } } as RoutePolicy
    expect(routeFor('safety_escalation', { policy: forged, claudeAvailable: true })).toBe('safety')
  })

  it('names every problem: unknown intents, unknown routes, a Claude fallback of Claude', () => {
    expect(() => parseRoutePolicy({ routes: { tarot: 'network' } })).toThrow(/tarot/)
    expect(() => parseRoutePolicy({ routes: { shadow_work: 'gpt' } })).toThrow(/shadow_work/)
    expect(() => parseRoutePolicy({ claudeFallback: 'claude' })).toThrow(/claudeFallback/)
    expect(() => parseRoutePolicy({ extra: 1 })).toThrow(InvalidRoutePolicyError)
  })

  describe('from a file', () => {
    let directory: string
    beforeAll(async () => { directory = await mkdtemp(join(tmpdir(), 'maia-route-policy-')) })
    afterAll(async () => { await rm(directory, { recursive: true, force: true }) })

    it('loads and validates JSON', async () => {
      const path = join(directory, 'policy.json')
      await writeFile(path, JSON.stringify({ routes: { oracle_reading: 'template' } }))
      expect((await loadRoutePolicy(path)).routes.oracle_reading).toBe('template')
    })

    it('reports a missing or malformed file, and an invalid policy with its path', async () => {
      await expect(loadRoutePolicy(join(directory, 'absent.json'))).rejects.toThrow(RoutePolicyFileError)
      const broken = join(directory, 'broken.json')
      await writeFile(broken, '{ "routes": ')
      await expect(loadRoutePolicy(broken)).rejects.toThrow(RoutePolicyFileError)
      const invalid = join(directory, 'invalid.json')
      await writeFile(invalid, JSON.stringify({ routes: { safety_escalation: 'network' } }))
      await expect(loadRoutePolicy(invalid)).rejects.toThrow(invalid)
    })
  })
})

describe('intent router', () => {
  it('routes messages of each kind end to end, with and without Claude (phase 1b, where Claude answers)', () => {
    const local = createIntentRouter({ claudeAvailable: false, policy: ROUTE_POLICY_PHASES['1b'] })
    const withClaude = createIntentRouter({ claudeAvailable: true, policy: ROUTE_POLICY_PHASES['1b'] })
    const cases = [
      ['good morning, feeling grounded and calm today', 'elemental_check_in', 'template', 'template'],
      ['give me a short thought about patience', 'simple_reflection', 'template', 'template'],
      ['why do I get so jealous of my sister', 'shadow_work', 'network', 'network'],
      ['compare Taoism and Stoicism and help me build a daily practice from both', 'complex_synthesis', 'network', 'claude'],
      ['pull a tarot card for my week', 'oracle_reading', 'network', 'claude']
    ] as const
    for (const [message, intent, localRoute, claudeRoute] of cases) {
      expect(local.route(message), message).toMatchObject({ intent, route: localRoute, reason: 'classifier' })
      expect(withClaude.route(message).route, message).toBe(claudeRoute)
    }
  })

  it('refuses an empty message', () => {
    expect(() => createIntentRouter().route('  \n')).toThrow(EmptyMessageError)
  })

  it('trains a lazily supplied classifier once, at first use', () => {
    let trained = 0
    const router = createIntentRouter({
      classifier: () => {
        trained += 1
        return { classify: () => ({ intent: 'shadow_work', confidence: 0.9, scores: { elemental_check_in: 0.02, simple_reflection: 0.02, shadow_work: 0.9, complex_synthesis: 0.02, oracle_reading: 0.02, safety_escalation: 0.02 } }) }
      }
    })
    expect(trained).toBe(0)
    router.route('one')
    router.route('two')
    expect(trained).toBe(1)
  })
})

describe('responder routing (the shape createMaiaResponder takes)', () => {
  it('classifies with the whole router, crisis screen included', async () => {
    const routing = createResponderRouting({ claudeAvailable: true, random: seededRandom(1), policy: ROUTE_POLICY_PHASES['1b'] })
    const crisis = await routing.classify('I have a noose ready')
    expect(crisis.intent).toBe('safety_escalation')
    expect(routing.routeFor(crisis.intent)).toBe('safety')
    expect(routing.routeFor('oracle_reading')).toBe('claude')
    expect(routing.renderSafety()).toContain('findahelpline.com')
    expect(routing.renderTemplate('elemental_check_in', { userName: 'Ana' })).toContain('Ana')
  })

  it('refuses an intent name it does not know', () => {
    const routing = createResponderRouting({ claudeAvailable: false })
    expect(() => routing.routeFor('tarot')).toThrow(UnknownIntentError)
    expect(() => routing.renderTemplate('tarot', {})).toThrow(UnknownIntentError)
  })
})
