import { mkdtempSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { readChecksummedModel } from '../../../../orchestrator/maia/intent/readChecksummedModel.ts'

const schema = z.object({ sha256: z.string(), dimensions: z.number() })
const fail = (reason: string, options: { cause?: unknown; details?: Record<string, unknown> }): Error => Object.assign(new Error(reason), options)

function files(weights: Buffer, meta: unknown): { weights: string; meta: string } {
  const directory = mkdtempSync(join(tmpdir(), 'maia-model-'))
  writeFileSync(join(directory, 'w.bin'), weights)
  writeFileSync(join(directory, 'm.json'), JSON.stringify(meta))
  return { weights: join(directory, 'w.bin'), meta: join(directory, 'm.json') }
}

describe('readChecksummedModel', () => {
  const weights = Buffer.from([1, 2, 3, 4])
  const sha256 = createHash('sha256').update(weights).digest('hex')

  it('reads weights whose SHA-256 the metadata names', () => {
    const { bytes, meta } = readChecksummedModel(files(weights, { sha256, dimensions: 1 }), schema, fail)
    expect([...bytes]).toEqual([1, 2, 3, 4])
    expect(meta.dimensions).toBe(1)
  })

  it('refuses weights that are not the ones the metadata names', () => {
    expect(() => readChecksummedModel(files(Buffer.from([1, 2, 3]), { sha256, dimensions: 1 }), schema, fail)).toThrow('checksum mismatch')
  })

  it('refuses metadata of another shape, and missing files', () => {
    expect(() => readChecksummedModel(files(weights, { sha256 }), schema, fail)).toThrow('unreadable')
    expect(() => readChecksummedModel({ weights: '/nonexistent/w.bin', meta: '/nonexistent/m.json' }, schema, fail)).toThrow('unreadable')
  })
})
