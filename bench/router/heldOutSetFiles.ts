// A held-out set's files by name (heldout/<name>/crisisMessages<NAME>.ts, ordinaryMessages<NAME>.ts,
// intentMessages<NAME>.ts), as written: shared by heldout.ts and paddedMessages.ts. Only the named set is
// imported, so no training or tuning code loads the fresh one-shot set by accident.
import { existsSync } from 'node:fs'
import type { DevSet } from './devSets.ts'

/** The folder of set `name` under bench/router/heldout/. */
export const heldOutFolder = (name: string): URL => new URL(`./heldout/${name}/`, import.meta.url)

/** An exported array of a set's module: the conventional name if present, else the only array export; undefined when the file is absent. */
async function exportedArray<T>(folder: URL, file: string, name: string): Promise<readonly T[] | undefined> {
  const url = new URL(file, folder)
  if (!existsSync(url)) return undefined
  const module = await import(url.href) as Record<string, unknown>
  const named = module[name]
  if (Array.isArray(named)) return named as T[]
  const arrays = Object.values(module).filter(Array.isArray)
  if (arrays.length !== 1) throw new Error(`${file}: expected export ${name} (or exactly one array export), found ${Object.keys(module).join(', ')}`)
  return arrays[0] as T[]
}

/** Set `name`'s messages as its files hold them; its intent messages are undefined when it has no intent file. */
export async function heldOutSetFiles(name: string): Promise<{ crisis: DevSet['crisis']; ordinary: DevSet['ordinary']; intents?: DevSet['intents'] }> {
  const tag = name.toUpperCase()
  const folder = heldOutFolder(name)
  const crisis = await exportedArray<DevSet['crisis'][number]>(folder, `crisisMessages${tag}.ts`, `HELD_OUT_CRISIS_${tag}`)
  const ordinary = await exportedArray<string>(folder, `ordinaryMessages${tag}.ts`, `HELD_OUT_ORDINARY_${tag}`)
  const intents = await exportedArray<DevSet['intents'][number]>(folder, `intentMessages${tag}.ts`, `HELD_OUT_INTENTS_${tag}`)
  if (crisis === undefined || ordinary === undefined) throw new Error(`set ${name} needs crisisMessages${tag}.ts and ordinaryMessages${tag}.ts in bench/router/heldout/${name}/`)
  return intents === undefined ? { crisis, ordinary } : { crisis, ordinary, intents }
}
