/**
 * A stand-in orchestrator process for the crash tests: records receipts into its level store, then
 * settles one epoch against the chain, and kills itself with SIGKILL at the point named by
 * `MAIA_CRASH_AT`:
 *
 * - `record:<n>`: after the n-th receipt is recorded (a crash between receipts and the epoch)
 * - `sealed`, `transaction-signed`, `transaction-sent`, `posted`: at that settlement step
 *
 * Run: `node --import tsx test/orchestrator/economy/settlement/support/harness.ts <config.json>`; prints one JSON line
 * with what `settle()` returned when it is not killed.
 */
import { readFile } from 'node:fs/promises'
import { Level } from 'level'
import { Wallet } from 'ethers'
import { z } from 'zod'
import { connectContract } from '../../../../../shared/chain/connectSuite.ts'
import { loadDeployment } from '../../../../../shared/chain/loadDeployment.ts'
import { silentLogger } from '../../../../../shared/log/logger.ts'
import { createEpochSettler } from '../../../../../orchestrator/economy/settlement/createEpochSettler.ts'
import { createLevelReceiptStore } from '../../../../../orchestrator/economy/settlement/createLevelReceiptStore.ts'
import type { ReceiptEntryInput } from '../../../../../orchestrator/economy/settlement/ReceiptStore.ts'
import { testProvider } from './chain.ts'

const configSchema = z.object({
  rpcUrl: z.url(),
  deploymentFile: z.string(),
  dbPath: z.string(),
  oracleKey: z.string(),
  feeBps: z.number().int(),
  entriesFile: z.string()
})

function crash(): never {
  process.kill(process.pid, 'SIGKILL')
  throw new Error('unreachable: SIGKILL did not stop the process')
}

const configPath = process.argv[2]
if (configPath === undefined) throw new Error('usage: harness.ts <config.json>')
const config = configSchema.parse(JSON.parse(await readFile(configPath, 'utf8')))
const crashAt = process.env.MAIA_CRASH_AT ?? ''
const crashAfterRecords = crashAt.startsWith('record:') ? Number(crashAt.slice('record:'.length)) : undefined

const db = new Level<string, string>(config.dbPath)
await db.open()
const provider = testProvider(config.rpcUrl)
const oracle = new Wallet(config.oracleKey, provider)
const logger = silentLogger()
const store = createLevelReceiptStore({ store: db.sublevel<string, string>('settlement', {}), countersigner: oracle, now: Date.now, logger })

const entries = JSON.parse(await readFile(config.entriesFile, 'utf8')) as ReceiptEntryInput[]
let recorded = 0
for (const entry of entries) {
  await store.record(entry)
  recorded += 1
  if (recorded === crashAfterRecords) crash()
}

const deployment = await loadDeployment(config.deploymentFile)
const settler = createEpochSettler({
  store,
  distributor: connectContract(deployment, 'RewardsDistributor', oracle),
  wallet: oracle,
  feeBps: config.feeBps,
  now: Date.now,
  logger,
  onStep: (step) => {
    if (step === crashAt) crash()
  }
})
const result = await settler.settle()
process.stdout.write(JSON.stringify(result, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)) + '\n')
await db.close()
provider.destroy()
