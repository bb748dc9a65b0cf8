import type { AbstractSublevel } from 'abstract-level'
import type { Level } from 'level'

/** A `level` sublevel of string keys and values: what each orchestrator store persists into. */
export type LevelStore = AbstractSublevel<Level<string, string>, string | Buffer | Uint8Array, string, string>
