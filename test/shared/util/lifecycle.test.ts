import { describe, expect, it } from 'vitest'
import { createLifecycle, LifecycleStopError } from '../../../shared/util/lifecycle.ts'

/** A component that writes what happens to it into `log`. */
function component(name: string, log: string[], options: { failStart?: boolean; failStop?: boolean } = {}) {
  return {
    start: async () => {
      if (options.failStart === true) throw new Error(`${name} cannot start`)
      log.push(`start ${name}`)
    },
    stop: async () => {
      log.push(`stop ${name}`)
      if (options.failStop === true) throw new Error(`${name} cannot stop`)
    }
  }
}

describe('createLifecycle', () => {
  it('stops components in the reverse of the order they started or were added in', async () => {
    const log: string[] = []
    const lifecycle = createLifecycle()
    await lifecycle.start(component('peer', log))
    lifecycle.add({ stop: () => { log.push('stop timer') } })
    await lifecycle.start(component('api', log))
    await lifecycle.stop()
    expect(log).toEqual(['start peer', 'start api', 'stop api', 'stop timer', 'stop peer'])
  })

  it('keeps stopping past a failing stop, then throws every failure together', async () => {
    const log: string[] = []
    const lifecycle = createLifecycle()
    await lifecycle.start(component('store', log, { failStop: true }))
    await lifecycle.start(component('peer', log))
    await lifecycle.start(component('api', log, { failStop: true }))
    const failure = await lifecycle.stop().then(() => undefined, (error: unknown) => error)
    expect(log.slice(3)).toEqual(['stop api', 'stop peer', 'stop store'])
    expect(failure).toBeInstanceOf(LifecycleStopError)
    expect(failure).toBeInstanceOf(AggregateError)
    expect((failure as LifecycleStopError).errors.map((error: Error) => error.message)).toEqual(['api cannot stop', 'store cannot stop'])
    expect((failure as Error).message).toBe('2 of 3 components failed to stop')
  })

  it('does not record a component whose start throws', async () => {
    const log: string[] = []
    const lifecycle = createLifecycle()
    await lifecycle.start(component('peer', log))
    await expect(lifecycle.start(component('api', log, { failStart: true }))).rejects.toThrow('api cannot start')
    await lifecycle.stop()
    expect(log).toEqual(['start peer', 'stop peer'])
  })

  it('rolls a half-finished start back and hands back the error that stopped it', async () => {
    const log: string[] = []
    const lifecycle = createLifecycle()
    const cause = new Error('port in use')
    await lifecycle.start(component('peer', log))
    await lifecycle.start(component('settlement', log))
    expect(await lifecycle.rollback(cause)).toBe(cause)
    expect(log).toEqual(['start peer', 'start settlement', 'stop settlement', 'stop peer'])
  })

  it('reports the failures of a rollback together with the error that caused it', async () => {
    const log: string[] = []
    const lifecycle = createLifecycle()
    const cause = new Error('port in use')
    await lifecycle.start(component('peer', log, { failStop: true }))
    const error = await lifecycle.rollback(cause)
    expect(error).toBeInstanceOf(AggregateError)
    expect((error as AggregateError).errors).toEqual([cause, new Error('peer cannot stop')])
  })

  it('stops each component once, however often it is asked to, and is disposable', async () => {
    const log: string[] = []
    const lifecycle = createLifecycle()
    await lifecycle.start(component('peer', log))
    await Promise.all([lifecycle.stop(), lifecycle.stop()])
    await lifecycle.stop()
    await lifecycle.start(component('later', log))
    await lifecycle[Symbol.asyncDispose]()
    expect(log).toEqual(['start peer', 'stop peer', 'start later', 'stop later'])
  })
})
