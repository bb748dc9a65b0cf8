// The load generator, run as its own process by bench/load/sessions.ts so the orchestrator's
// memory and event loop are measured apart from the client's:
//   echo '<LoadClientInit as JSON>' | node --import tsx bench/load/client.ts
// (stdin, not argv: a paid run's vouchers outgrow an argument). Prints one line of JSON (LoadClientReport) on stdout and exits 0; any other exit is a failure.
import { runSession, type SessionOutcome, type SessionTarget } from './runSession.ts'

export interface LoadClientInit extends SessionTarget {
  sessions: number
  /** How long to keep probing for the first served request after the load ends. */
  recoveryDeadlineMs: number
  /** Vouchers to spread over the sessions (paid networks); one per session when as many. */
  vouchers?: string[]
}

export interface LoadClientReport {
  outcomes: SessionOutcome[]
  loadMs: number
  /** From the moment the last session settled to the end of the first probe served in full; null if none was. */
  recoveryMs: number | null
  /** Probes made until then (each one streamed request); the failed ones' outcomes. */
  recoveryProbes: number
  failedProbes: SessionOutcome[]
}

async function main(): Promise<void> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const init = JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadClientInit
  const target = (index: number): SessionTarget => {
    const vouchers = init.vouchers ?? []
    return vouchers.length === 0 ? init : { ...init, voucher: vouchers[index % vouchers.length]! }
  }

  const loadStarted = performance.now()
  // Every session starts at once: this is the burst the issue asks for, not a ramp.
  const outcomes = await Promise.all(Array.from({ length: init.sessions }, (_, index) => runSession(target(index), index, index % 2 === 0 ? 'anthropic' : 'openai')))
  const loadEnded = performance.now()

  // The load has stopped: how soon does the network serve again?
  const failedProbes: SessionOutcome[] = []
  let recoveryMs: number | null = null
  let probes = 0
  while (performance.now() - loadEnded < init.recoveryDeadlineMs) {
    probes += 1
    const probe = await runSession({ ...target(probes), timeoutMs: Math.min(init.timeoutMs, init.recoveryDeadlineMs) }, init.sessions + probes, 'anthropic')
    if (probe.kind === 'served') {
      recoveryMs = performance.now() - loadEnded
      break
    }
    failedProbes.push(probe)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }

  const report: LoadClientReport = { outcomes, loadMs: loadEnded - loadStarted, recoveryMs, recoveryProbes: probes, failedProbes }
  process.stdout.write(`${JSON.stringify(report)}\n`)
}

await main()
