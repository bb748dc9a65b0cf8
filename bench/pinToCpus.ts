import { execFile } from 'node:child_process'
import { cpus as machineCpus } from 'node:os'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Pins a process and every thread it has now (threads started later inherit the affinity) to
 * the given CPUs with `taskset -a -p -c`: on a small machine, a benchmark's separate processes can
 * then stand for separate machines instead of taking turns on the same cores.
 */
export async function pinToCpus(pid: number, cpus: readonly number[]): Promise<void> {
  // Not availableParallelism(): it counts the CPUs this process may use, fewer once it is pinned.
  const count = machineCpus().length
  const outOfRange = cpus.filter((cpu) => !Number.isInteger(cpu) || cpu < 0 || cpu >= count)
  if (cpus.length === 0 || outOfRange.length > 0) throw new Error(`cannot pin to CPUs [${cpus.join(',')}]: this machine has CPUs 0-${count - 1}`)
  for (let attempt = 1; ; attempt += 1) {
    try {
      await run('taskset', ['-a', '-p', '-c', cpus.join(','), String(pid)])
      return
    } catch (cause) {
      // A thread that ends while taskset walks the process's threads fails the whole call: the
      // threads are listed again on the next try.
      const threadEnded = /No such process/.test(String((cause as { stderr?: unknown }).stderr))
      if (threadEnded && attempt < 5) continue
      throw new Error(`taskset could not pin process ${pid} to CPUs ${cpus.join(',')}`, { cause })
    }
  }
}

/** The machine's last CPU, for a process that stands on a machine of its own, and every other CPU. */
export function ownCpuAndOthers(): { own: number[]; others: number[] } {
  const count = machineCpus().length
  if (count < 2) throw new Error('--pin needs at least two CPUs')
  return { own: [count - 1], others: Array.from({ length: count - 1 }, (_, cpu) => cpu) }
}

/** Pins a benchmark network's orchestrator and each of its nodes to the given CPUs. */
export async function pinNetwork(pids: { orchestrator: number; nodes: readonly number[] }, placement: { orchestrator: readonly number[]; nodes: readonly number[] }): Promise<void> {
  await pinToCpus(pids.orchestrator, placement.orchestrator)
  for (const node of pids.nodes) await pinToCpus(node, placement.nodes)
}
