import { readFile } from 'node:fs/promises'
import type { z } from 'zod'
import { InvalidConfigError } from './errors.ts'
import { formatZodIssues } from '../util/formatZodIssues.ts'

export interface ConfigSources {
  /** Path of a JSON config file, if any. */
  file?: string
  /** Environment variables; `MAIA_<PREFIX>_<KEY>` in SCREAMING_SNAKE_CASE set `key`. */
  env?: NodeJS.ProcessEnv
  envPrefix: string
  /** Values from command-line flags (already typed by the CLI). */
  flags?: Record<string, unknown>
}

/**
 * Merges defaults < config file < environment < flags and validates the result with one
 * schema, so every source gets the same checks and the same clear errors.
 *
 * @example
 * const config = await loadConfig(nodeConfigSchema, { file: 'node.json', env: process.env, envPrefix: 'MAIA_NODE_', flags })
 */
export async function loadConfig<Schema extends z.ZodObject>(schema: Schema, sources: ConfigSources): Promise<z.infer<Schema>> {
  const fromFile = sources.file === undefined ? {} : await readConfigFile(sources.file)
  const fromEnv = readEnv(schema, sources.env ?? {}, sources.envPrefix)
  const fromFlags = Object.fromEntries(Object.entries(sources.flags ?? {}).filter(([, value]) => value !== undefined))
  const merged = { ...fromFile, ...fromEnv, ...fromFlags }
  const parsed = schema.safeParse(merged)
  if (!parsed.success) {
    throw new InvalidConfigError(describeSources(sources), formatZodIssues(parsed.error))
  }
  return parsed.data
}

async function readConfigFile(path: string): Promise<Record<string, unknown>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (cause) {
    throw new InvalidConfigError(path, 'cannot read the file', { cause })
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (cause) {
    throw new InvalidConfigError(path, 'not valid JSON', { cause })
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new InvalidConfigError(path, 'expected a JSON object')
  return value as Record<string, unknown>
}

function readEnv(schema: z.ZodObject, env: NodeJS.ProcessEnv, prefix: string): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(schema.shape)) {
    const name = envName(prefix, key)
    const raw = env[name]
    if (raw === undefined || raw === '') continue
    values[key] = coerceEnvValue(raw, baseType(field as z.ZodType))
  }
  return values
}

/** With prefix `MAIA_NODE_`, `maxConcurrent` reads `MAIA_NODE_MAX_CONCURRENT` and `pricePer1kTokens` `MAIA_NODE_PRICE_PER_1K_TOKENS`. */
export function envName(prefix: string, key: string): string {
  return prefix + key.replace(/([a-z])(?=[A-Z0-9])/g, '$1_').toUpperCase()
}

/** The schema type under any `.default()`, `.optional()` or `.nullable()` wrappers. */
function baseType(field: z.ZodType): string {
  let current: z.ZodType = field
  for (;;) {
    const def = current.def as { type: string; innerType?: z.ZodType }
    if ((def.type === 'default' || def.type === 'optional' || def.type === 'nullable') && def.innerType !== undefined) {
      current = def.innerType
      continue
    }
    return def.type
  }
}

/** Environment values are text: turn them into what the field expects, leaving validation to the schema. */
function coerceEnvValue(raw: string, type: string): unknown {
  const trimmed = raw.trim()
  if (type === 'number') return trimmed === '' ? raw : Number(trimmed)
  if (type === 'boolean') return trimmed === 'true' ? true : trimmed === 'false' ? false : raw
  if (type === 'array') {
    if (trimmed.startsWith('[')) {
      try { return JSON.parse(trimmed) } catch { return raw }
    }
    return trimmed.split(',').map((part) => part.trim()).filter(Boolean)
  }
  if (type === 'union' && trimmed === 'false') return false
  return raw
}

function describeSources(sources: ConfigSources): string {
  return [sources.file, `${sources.envPrefix}* environment`, 'flags'].filter(Boolean).join(' + ')
}
