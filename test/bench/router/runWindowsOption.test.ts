import { describe, expect, it } from 'vitest'
import { runWindowsOption } from '../../../bench/router/runWindowsOption.ts'
import { RUN_WINDOW_CHOICE } from '../../../orchestrator/maia/intent/createIntentRouter.ts'

describe('runWindowsOption (the benches\' --run-windows flag)', () => {
  it('turns runs of words off, on with the shipped choice, or leaves the router its default', () => {
    expect(runWindowsOption('off')).toEqual({ runWindows: false })
    expect(runWindowsOption('on')).toEqual({ runWindows: RUN_WINDOW_CHOICE })
    expect(runWindowsOption('default')).toEqual({})
  })

  it('refuses any other value, naming it', () => {
    expect(() => runWindowsOption('yes')).toThrow(/on or off, not "yes"/u)
  })
})
