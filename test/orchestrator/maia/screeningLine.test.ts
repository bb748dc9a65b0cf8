import { describe, expect, it } from 'vitest'
import { createScreeningLine, DEFAULT_SCREENING_LINE } from '../../../orchestrator/maia/createScreeningLine.ts'
import { ScreeningLineFullError } from '../../../orchestrator/maia/errors.ts'

const settled = async (): Promise<void> => { for (let turn = 0; turn < 5; turn++) await Promise.resolve() }

describe('the screening line', () => {
  it('screens one request of a key at a time, in order, and never holds another key back', async () => {
    const line = createScreeningLine()
    const entered: string[] = []
    const leaveFirst = await line.enter('attacker')
    const second = line.enter('attacker').then((leave) => { entered.push('attacker 2'); return leave })
    const third = line.enter('attacker').then((leave) => { entered.push('attacker 3'); return leave })
    // Another key goes in at once while the first key's requests wait.
    const leaveVictim = await line.enter('victim')
    await settled()
    expect(entered).toEqual([])
    leaveFirst()
    const leaveSecond = await second
    await settled()
    expect(entered).toEqual(['attacker 2'])
    leaveSecond()
    ;(await third)()
    expect(entered).toEqual(['attacker 2', 'attacker 3'])
    leaveVictim()
    expect(DEFAULT_SCREENING_LINE).toEqual({ screeningPerOwner: 1, waitingPerOwner: 192, retryAfterMs: 1_000 })
  })

  it('refuses a key whose waiting places are all taken, with when to retry', async () => {
    const line = createScreeningLine({ screeningPerOwner: 1, waitingPerOwner: 2, retryAfterMs: 750 })
    const leave = await line.enter('key')
    const waiting = [line.enter('key'), line.enter('key')]
    const refused = await line.enter('key').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ScreeningLineFullError)
    expect(refused).toMatchObject({ retryAfterMs: 750, details: { screening: 1, waiting: 2 } })
    leave()
    ;(await waiting[0]!)()
    ;(await waiting[1]!)()
    // Once the line is empty the key is welcome again.
    ;(await line.enter('key'))()
  })

  it('lets a waiting caller leave: its place goes to nobody, and the next waiter is not skipped', async () => {
    const line = createScreeningLine()
    const leave = await line.enter('key')
    const gone = new AbortController()
    const abandoned = line.enter('key', gone.signal)
    const next = line.enter('key')
    gone.abort(new Error('client left'))
    await expect(abandoned).rejects.toThrow('client left')
    leave()
    ;(await next)()
    await expect(line.enter('key', AbortSignal.abort(new Error('already gone')))).rejects.toThrow('already gone')
  })

  it('hands a place back once, however often its leave is called', async () => {
    const line = createScreeningLine({ screeningPerOwner: 1 })
    const leave = await line.enter('key')
    const next = line.enter('key')
    const after = line.enter('key')
    let afterIn = false
    void after.then(() => { afterIn = true })
    leave()
    leave()
    const leaveNext = await next
    await settled()
    expect(afterIn).toBe(false)
    leaveNext()
    ;(await after)()
  })
})
