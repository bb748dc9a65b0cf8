import { cpus as machineCpus } from 'node:os'
import { describe, expect, it } from 'vitest'
import { ownCpuAndOthers, pinToCpus } from '../../bench/pinToCpus.ts'

describe('pinToCpus', () => {
  it('refuses CPUs the machine does not have before calling taskset', async () => {
    await expect(pinToCpus(process.pid, [machineCpus().length])).rejects.toThrow(/this machine has CPUs/)
    await expect(pinToCpus(process.pid, [])).rejects.toThrow(/cannot pin/)
  })

  it('pins a process to every CPU (a no-op that proves taskset runs)', async () => {
    await pinToCpus(process.pid, Array.from({ length: machineCpus().length }, (_, cpu) => cpu))
  })

  it('gives the last CPU to one process and the others to the rest', () => {
    const count = machineCpus().length
    if (count < 2) { expect(() => ownCpuAndOthers()).toThrow(/at least two CPUs/); return }
    expect(ownCpuAndOthers()).toEqual({ own: [count - 1], others: Array.from({ length: count - 1 }, (_, cpu) => cpu) })
  })
})
