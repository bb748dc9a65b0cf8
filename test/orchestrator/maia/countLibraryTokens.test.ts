import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countLibraryTokens, lazyLibraryTokens } from '../../../orchestrator/maia/countLibraryTokens.ts'
import { createEstimatedTokenCounter } from '../../../orchestrator/maia/tokens/createEstimatedTokenCounter.ts'
import { temporaryDirectory } from '../../helpers/network.ts'

// The phase report prices the seed's full-library prompt at the library's size in tokens.
describe('the library\'s size in tokens', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>
  beforeEach(async () => {
    directory = await temporaryDirectory()
    await writeFile(join(directory.path, 'a.md'), 'Know thyself. '.repeat(100))
    await writeFile(join(directory.path, 'b.txt'), 'The unexamined life is not worth living.')
    await writeFile(join(directory.path, 'image.png'), 'not a text')
  })
  afterEach(async () => { await directory.remove() })

  it('counts every ingestible file with the given counter, once when lazy', async () => {
    const counter = createEstimatedTokenCounter()
    const expected = counter.count('Know thyself. '.repeat(100)) + counter.count('The unexamined life is not worth living.')
    expect(await countLibraryTokens(directory.path, counter)).toBe(expected)
    let counted = 0
    const lazy = lazyLibraryTokens(directory.path, { ...counter, count: (text: string) => { counted += 1; return counter.count(text) } })
    expect(await lazy()).toBe(expected)
    expect(await lazy()).toBe(expected)
    expect(counted).toBe(2)
  })

  it('tries again after a failure instead of keeping it', async () => {
    const later = join(directory.path, 'later')
    const lazy = lazyLibraryTokens(later, createEstimatedTokenCounter())
    await expect(lazy()).rejects.toThrow()
    await mkdir(later)
    await writeFile(join(later, 'c.md'), 'Become who you are.')
    expect(await lazy()).toBe(createEstimatedTokenCounter().count('Become who you are.'))
  })
})
