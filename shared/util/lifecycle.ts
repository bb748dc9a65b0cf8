/** Anything that runs until stopped: a peer, a server, a timer, another lifecycle. */
export interface Stoppable {
  stop(): unknown
}

/** A component that is started by the lifecycle that will stop it. */
export interface Startable extends Stoppable {
  start(): unknown
}

/**
 * Components failed to stop. It is an `AggregateError` (not a `BaseError`) so that `errors`
 * holds every failure, each with its own stack; the rest were still stopped.
 */
export class LifecycleStopError extends AggregateError {
  override name = 'LifecycleStopError'

  constructor(errors: unknown[], total: number) {
    super(errors, `${errors.length} of ${total} components failed to stop`)
  }
}

/**
 * The start order of a process's long-lived parts, kept so they stop in reverse: what started
 * last (the HTTP API) stops first, what everything else uses (the peer, the store) stops last.
 */
export interface Lifecycle extends AsyncDisposable {
  /** Starts `component` and records it; a component whose start throws is not recorded. */
  start<T extends Startable>(component: T): Promise<T>
  /** Records a component that is running already (a started libp2p peer, a listening server). */
  add<T extends Stoppable>(component: T): T
  /**
   * Stops every recorded component, last recorded first. A failing stop does not prevent the
   * others; the failures are thrown together as a {@link LifecycleStopError} at the end.
   * Calls while a stop runs share it; a later call stops only what was recorded since.
   */
  stop(): Promise<void>
  /**
   * For a start that failed half-way: stops what had started and returns the error to throw,
   * `error` itself or, when stops failed too, an `AggregateError` of `error` and theirs.
   *
   * @example
   * try { ... } catch (error) { throw await lifecycle.rollback(error) }
   */
  rollback(error: unknown): Promise<unknown>
}

/**
 * Composes a process's components once, so the order things stop in is written in one place:
 * the order they were started in.
 *
 * @example
 * const lifecycle = createLifecycle()
 * try {
 *   const peer = lifecycle.add(await createPeer(options))
 *   await lifecycle.start(createRepeatingTask(settle, { intervalMs }))
 *   lifecycle.add({ stop: () => api.close() })
 * } catch (error) {
 *   throw await lifecycle.rollback(error)
 * }
 * await lifecycle.stop() // the API, the timer, then the peer
 */
export function createLifecycle(): Lifecycle {
  const started: Stoppable[] = []
  let stopping: Promise<void> | undefined

  const stopAll = async (): Promise<void> => {
    const toStop = started.splice(0).reverse()
    const failures: unknown[] = []
    for (const component of toStop) {
      try {
        await component.stop()
      } catch (error) {
        failures.push(error)
      }
    }
    if (failures.length > 0) throw new LifecycleStopError(failures, toStop.length)
  }
  const stop = (): Promise<void> => {
    stopping ??= stopAll().finally(() => { stopping = undefined })
    return stopping
  }

  return {
    async start(component) {
      await component.start()
      started.push(component)
      return component
    },
    add(component) {
      started.push(component)
      return component
    },
    stop,
    async rollback(error) {
      try {
        await stop()
        return error
      } catch (stopError) {
        const stopFailures = stopError instanceof LifecycleStopError ? stopError.errors : [stopError]
        return new AggregateError([error, ...stopFailures], `start failed, and ${stopFailures.length} component(s) failed to stop after it`)
      }
    },
    [Symbol.asyncDispose]: stop
  }
}
