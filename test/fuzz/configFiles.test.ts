import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { InvalidConfigError } from '../../shared/config/errors.ts'
import { envName, loadConfig } from '../../shared/config/loadConfig.ts'
import { nodeConfigSchema, orchestratorConfigSchema } from '../../shared/config/schemas.ts'
import { temporaryDirectory } from '../helpers/network.ts'
import { fuzzRuns } from './fuzzRuns.ts'

// Issue 12 §5: whatever a config file (or the environment) holds, `loadConfig` returns a valid
// config or throws InvalidConfigError naming the source and what is wrong; nothing else.

const SCHEMAS = [
  { name: 'node', schema: nodeConfigSchema, envPrefix: 'MAIA_NODE_' },
  { name: 'orchestrator', schema: orchestratorConfigSchema, envPrefix: 'MAIA_ORCHESTRATOR_' }
] as const

/** Values around what config fields hold: numbers at and past their limits, strings of every kind. */
const leaf = fc.oneof(
  fc.integer({ min: -1, max: 70_000 }), fc.double(), fc.boolean(), fc.constant(null),
  fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('auto', 'false', 'true', '/ip4/127.0.0.1/tcp/4100', 'http://127.0.0.1:8545', `0x${'ab'.repeat(20)}`, 'ab'.repeat(32), 'info', '12D3KooWJWoaqZhDaoEFshF7Rh1bpY9ohihFhzcW6d69Lr2NASuq'),
  fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 })
)
/** A file with the schema's own keys (and a few strangers) set to anything. */
const plausibleFile = (schema: z.ZodObject): fc.Arbitrary<Record<string, unknown>> =>
  fc.dictionary(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...Object.keys(schema.shape)) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'unknownKey') }),
    fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }), { maxKeys: 6 })

/** Loads, returning the config or the InvalidConfigError; any other failure fails the property. */
async function load(schema: z.ZodObject, sources: Parameters<typeof loadConfig>[1]): Promise<'loaded' | InvalidConfigError> {
  try {
    const config = await loadConfig(schema, sources)
    expect(schema.safeParse(config).success).toBe(true)
    return 'loaded'
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(InvalidConfigError)
    const invalid = error as InvalidConfigError
    // A clear error: it names where the config came from and what is wrong with it.
    if (sources.file !== undefined) expect(invalid.message).toContain(sources.file)
    expect(String(invalid.details.issues ?? '')).toMatch(/\S/)
    return invalid
  }
}

describe('fuzzing config files and environment', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  let file: string
  beforeAll(async () => {
    directory = await temporaryDirectory('maia-config-fuzz-')
    file = join(directory.path, 'config.json')
  })
  afterAll(async () => { await directory?.remove() })

  for (const { name, schema, envPrefix } of SCHEMAS) {
    it(`${name}: any file contents load or fail with InvalidConfigError`, async () => {
      const contents = fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? ''),
        plausibleFile(schema).map((value) => JSON.stringify(value))
      )
      await fc.assert(fc.asyncProperty(contents, async (content) => {
        await writeFile(file, content)
        await load(schema, { file, envPrefix })
      }), { numRuns: fuzzRuns(250) })
    })

    it(`${name}: plausible files load when valid and name the offending field when not`, async () => {
      const outcomes = { loaded: 0, refused: 0 }
      await fc.assert(fc.asyncProperty(plausibleFile(schema), async (value) => {
        await writeFile(file, JSON.stringify(value))
        const result = await load(schema, { file, envPrefix })
        if (result === 'loaded') outcomes.loaded += 1
        else {
          outcomes.refused += 1
          const fields: Record<string, z.ZodType> = schema.shape
          const offending = Object.keys(value).filter((key) => !Object.hasOwn(fields, key) || !fields[key]!.safeParse(value[key]).success)
          // The message names at least one field that is really wrong.
          expect(offending.some((key) => String(result.details.issues).includes(key)), `${String(result.details.issues)} for ${JSON.stringify(value)}`).toBe(true)
        }
      }), { numRuns: fuzzRuns(250) })
      expect(outcomes.loaded, JSON.stringify(outcomes)).toBeGreaterThan(5)
      expect(outcomes.refused, JSON.stringify(outcomes)).toBeGreaterThan(5)
    })

    it(`${name}: any environment values load or fail with InvalidConfigError`, async () => {
      const keys = Object.keys(schema.shape)
      const env = fc.dictionary(fc.constantFrom(...keys).map((key) => envName(envPrefix, key)), fc.oneof(fc.string({ maxLength: 40 }), leaf.map((value) => typeof value === 'string' ? value : JSON.stringify(value) ?? '')), { maxKeys: 5 })
      await fc.assert(fc.asyncProperty(env, async (values) => {
        await load(schema, { env: values, envPrefix })
      }), { numRuns: fuzzRuns(250) })
    })
  }

  it('refuses a missing file and a directory with InvalidConfigError', async () => {
    expect(await load(nodeConfigSchema, { file: join(directory.path, 'missing.json'), envPrefix: 'MAIA_NODE_' })).toBeInstanceOf(InvalidConfigError)
    expect(await load(nodeConfigSchema, { file: directory.path, envPrefix: 'MAIA_NODE_' })).toBeInstanceOf(InvalidConfigError)
  })
})
