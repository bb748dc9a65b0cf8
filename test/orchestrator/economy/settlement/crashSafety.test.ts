import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Wallet, type BaseWallet } from 'ethers'
import { Level } from 'level'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectContract } from '../../../../shared/chain/connectSuite.ts'
import { silentLogger } from '../../../../shared/log/logger.ts'
import { receiptDigest } from '../../../../shared/protocol/receipt.ts'
import { createEpochSettler } from '../../../../orchestrator/economy/settlement/createEpochSettler.ts'
import { createLevelReceiptStore } from '../../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import type { SettleResult } from '../../../../orchestrator/economy/settlement/EpochSettler.ts'
import type { ReceiptEntryInput } from '../../../../orchestrator/economy/settlement/ReceiptStore.ts'
import { deployFundedSuite, startTestChain, type FundedSuite, type TestChain } from './support/chain.ts'
import { claimEachOnce } from './support/claims.ts'
import { createParties, entry, expectedEarnings } from './support/receipts.ts'

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url))
const HARNESS = fileURLToPath(new URL('./support/harness.ts', import.meta.url))
const FEE_BPS = 1_000
const FINNEY = 10n ** 15n

interface HarnessRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs the harness as a separate Node process (tsx loader), as a restarted orchestrator would run. */
function runHarness(configFile: string, crashAt?: string): Promise<HarnessRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env }
    if (crashAt === undefined) delete env.MAIA_CRASH_AT
    else env.MAIA_CRASH_AT = crashAt
    const child = spawn(process.execPath, ['--import', 'tsx', HARNESS, configFile], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString() })
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}

/** What the restarted harness must report, per crash point. */
interface Expectation {
  resumed?: { epoch: number; foundOnChain: boolean }
  /** Receipts sealed by the restart's own epoch. */
  settledReceipts: number
}

const SCENARIOS: Array<{ crashAt: string; what: string; expect: Expectation }> = [
  { crashAt: 'record:3', what: 'part-way through recording receipts', expect: { settledReceipts: 8 } },
  { crashAt: 'record:5', what: 'after recording, before the epoch', expect: { settledReceipts: 8 } },
  { crashAt: 'sealed', what: 'after sealing, before signing postRoot', expect: { resumed: { epoch: 1, foundOnChain: false }, settledReceipts: 3 } },
  { crashAt: 'transaction-signed', what: 'after storing the signed postRoot, before sending it', expect: { resumed: { epoch: 1, foundOnChain: false }, settledReceipts: 3 } },
  { crashAt: 'transaction-sent', what: 'after sending postRoot, before marking the epoch', expect: { resumed: { epoch: 1, foundOnChain: true }, settledReceipts: 3 } },
  { crashAt: 'posted', what: 'after marking the epoch posted', expect: { settledReceipts: 3 } }
]

describe('settlement survives kill -9', () => {
  let chain: TestChain
  let dir: string
  beforeAll(async () => {
    chain = await startTestChain()
    dir = await mkdtemp(path.join(tmpdir(), 'maia-crash-'))
  })
  afterAll(async () => {
    await chain.close()
    await rm(dir, { recursive: true, force: true })
  })

  it.each(SCENARIOS)('killed $what ($crashAt): the restart loses no receipt and pays none twice', async ({ crashAt, expect: expectation }) => {
    const work = await mkdtemp(path.join(dir, `${crashAt.replace(':', '-')}-`))
    const oracle = Wallet.createRandom()
    const deploymentFile = path.join(work, 'deployment.json')
    const funded: FundedSuite = await deployFundedSuite(chain, { oracle: oracle.address, feeBps: FEE_BPS, outFile: deploymentFile })

    const parties = createParties(2, 2)
    const [nodeA, nodeB] = parties.nodes as [BaseWallet, BaseWallet]
    const [curator1, curator2] = parties.curators as [string, string]
    const before: ReceiptEntryInput[] = [
      await entry(nodeA, 40n * FINNEY, { trainer: parties.trainer, curators: [{ account: curator1, passages: 1 }, { account: curator2, passages: 3 }], user: parties.user }),
      await entry(nodeB, 20n * FINNEY, { trainer: parties.trainer }),
      await entry(nodeA, 80n * FINNEY, { curators: [{ account: curator2, passages: 2 }] }),
      await entry(nodeB, 10n * FINNEY),
      await entry(nodeA, 30n * FINNEY, { trainer: parties.trainer })
    ]
    const after: ReceiptEntryInput[] = [
      await entry(nodeB, 40n * FINNEY, { trainer: parties.trainer, curators: [{ account: curator1, passages: 4 }] }),
      await entry(nodeA, 50n * FINNEY),
      await entry(nodeB, 60n * FINNEY, { curators: [{ account: curator2, passages: 1 }] })
    ]
    const writeConfig = async (name: string, entries: readonly ReceiptEntryInput[]): Promise<string> => {
      const entriesFile = path.join(work, `${name}-entries.json`)
      await writeFile(entriesFile, JSON.stringify(entries))
      const configFile = path.join(work, `${name}.json`)
      await writeFile(configFile, JSON.stringify({ rpcUrl: chain.rpcUrl, deploymentFile, dbPath: path.join(work, 'db'), oracleKey: oracle.privateKey, feeBps: FEE_BPS, entriesFile }))
      return configFile
    }

    // The first run is killed; the restart is handed every receipt again (a node re-delivering them),
    // plus new ones, and settles.
    const crashed = await runHarness(await writeConfig('first', before), crashAt)
    expect(crashed.signal, `harness was not killed: ${crashed.stderr}`).toBe('SIGKILL')
    const restarted = await runHarness(await writeConfig('restart', [...before, ...after]))
    expect(restarted.code, restarted.stderr).toBe(0)
    const result = JSON.parse(restarted.stdout) as Record<keyof SettleResult, { epoch: number; receiptCount: number; foundOnChain: boolean } | undefined>
    if (expectation.resumed === undefined) expect(result.resumed).toBeUndefined()
    else expect(result.resumed).toMatchObject({ ...expectation.resumed, receiptCount: 5 })
    expect(result.settled?.receiptCount).toBe(expectation.settledReceipts)

    // The store: every receipt sealed into exactly one epoch, nothing left over.
    const db = new Level<string, string>(path.join(work, 'db'))
    try {
      const store = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: oracle, now: Date.now, logger: silentLogger() })
      const latest = await store.latestEpoch()
      expect(latest?.status).toBe('posted')
      const sealed: string[] = []
      for (let epoch = 1; epoch <= latest!.epoch; epoch += 1) {
        for (const receipt of await store.receiptsOfEpoch(epoch)) {
          expect(receipt.epoch).toBe(epoch)
          sealed.push(receipt.digest)
        }
      }
      const recorded = [...before, ...after].map((item) => receiptDigest(item.receipt).toLowerCase())
      expect(sealed.sort()).toEqual(recorded.sort())
      expect(await store.counts()).toEqual({ receipts: 8, unassigned: 0 })

      // The chain: our latest root, one postRoot transaction per epoch, totals as computed by hand.
      const expected = expectedEarnings([...before, ...after])
      const total = [...expected.values()].reduce((sum, value) => sum + value, 0n)
      const distributor = funded.suite.RewardsDistributor
      expect(await distributor.currentEpoch()).toBe(BigInt(latest!.epoch))
      expect(await distributor.merkleRoot()).toBe(latest!.root)
      expect(await distributor.totalCumulative()).toBe(total)
      expect(latest!.cumulative).toEqual(expected)
      expect(await chain.provider.getTransactionCount(oracle.address)).toBe(latest!.epoch)

      // Claims: each party is paid exactly its cumulative amount, and only once.
      const settler = createEpochSettler({
        store, distributor: connectContract(funded.deployment, 'RewardsDistributor', oracle.connect(chain.provider)),
        wallet: oracle.connect(chain.provider), feeBps: FEE_BPS, now: Date.now, logger: silentLogger()
      })
      await claimEachOnce(funded.suite, settler, expected)
      expect(await distributor.totalClaimed()).toBe(total)
      expect(await settler.settle()).toEqual({})
    } finally {
      await db.close()
    }
  })
})
