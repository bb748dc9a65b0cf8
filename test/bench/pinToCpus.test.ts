import { cpus as machineCpus } from 'node:os'
import { describe, expect, it } from 'vitest'
import { pinToCpus } from '../../bench/pinToCpus.ts'

describe('pinToCpus', () => {
  it('refuses CPUs the machine does not have before calling taskset', async () => {
    await expect(pinToCpus(process.pid, [machineCpus().length])).rejects.toThrow(/this machine has CPUs/)
    await expect(pinToCpus(process.pid, [])).rejects.toThrow(/cannot pin/)
  })

  it('pins a process to every CPU (a no-op that proves taskset runs)', async () => {
    await pinToCpus(process.pid, Array.from({ length: machineCpus().length }, (_, cpu) => cpu))
  })
})
