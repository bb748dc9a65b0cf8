// CPU per signature check on the orchestrator, each path in the same run:
// - a receipt (EIP-712): ethers verifyTypedData vs the noble signer cache (digest encoded directly,
//   the node's public key recovered once and kept with a precomputed table) vs the native checker
//   (libsecp256k1 ecrecover + keccak, what the orchestrator uses: createSignatureChecker);
// - a capability record as gossiped every heartbeat: the full check (record signature + both
//   halves of the binding proof) vs binding once per peer with the noble cache vs with the native checker.
// A wrong signature is refused on every path (checked at the end).
//   npx tsx bench/signature-checks.ts [--count 300]
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { Wallet } from 'ethers'
import { parseArgs } from 'node:util'
import { createBindingProof } from '../shared/keys/bindingProof.ts'
import { createSignerCache } from '../shared/keys/createSignerCache.ts'
import { createSignatureChecker, hasNativeSecp256k1 } from '../shared/protocol/signatureChecker.ts'
import { assertCapabilityRecord, createBindingCache, signCapabilityRecord, type CapabilityRecord } from '../shared/protocol/capability.ts'
import { assertReceiptSignature, signReceipt } from '../shared/protocol/receipt.ts'
import type { Receipt } from '../shared/protocol/inference.ts'
import { format, median } from './lib.ts'

const { values } = parseArgs({ options: { count: { type: 'string', default: '300' } } })
const count = Number(values.count)
const word = (index: number): `0x${string}` => `0x${index.toString(16).padStart(64, '0')}`

const wallet = new Wallet(Wallet.createRandom().privateKey)
const libp2pKey = await generateKeyPair('Ed25519')
const peerId = peerIdFromPrivateKey(libp2pKey).toString()
const binding = await createBindingProof(libp2pKey, peerId, wallet)
const receipts: Receipt[] = []
const records: CapabilityRecord[] = []
for (let index = 0; index < 64; index += 1) {
  receipts.push(await signReceipt(wallet, { requestId: word(index), promptHash: word(index + 1000), outputHash: word(index + 2000), inputTokens: 40 + index, outputTokens: 128, modelHash: word(7), node: wallet.address, chainId: 31337 }))
  records.push(await signCapabilityRecord(wallet, {
    version: 1, peerId, ethAddress: wallet.address, binding, model: { hash: word(7), name: 'bench' }, contextSize: 4096,
    maxConcurrent: 4, queueDepth: 16, inFlight: index % 4, tokensPerSecond: 100 + index, pricePer1kTokens: '1000', timestamp: 1_000_000 + index
  }))
}

/** Median over 5 rounds of the mean ms per call; the two paths alternate rounds, so drift hits both. */
async function measure(paths: Record<string, (index: number) => unknown>): Promise<Record<string, number>> {
  const rounds: Record<string, number[]> = Object.fromEntries(Object.keys(paths).map((name) => [name, []]))
  for (const run of Object.values(paths)) for (let index = 0; index < 10; index += 1) await run(index)
  for (let round = 0; round < 5; round += 1) {
    for (const [name, run] of Object.entries(paths)) {
      const started = process.cpuUsage()
      for (let index = 0; index < count / 5; index += 1) await run(index % 64)
      const used = process.cpuUsage(started)
      rounds[name]!.push((used.user + used.system) / 1000 / (count / 5))
    }
  }
  return Object.fromEntries(Object.entries(rounds).map(([name, samples]) => [name, median(samples)]))
}

const signers = createSignerCache()
const native = createSignatureChecker()
const receiptCosts = await measure({
  before: (index) => assertReceiptSignature(receipts[index]!),
  after: (index) => assertReceiptSignature(receipts[index]!, { signers }),
  native: (index) => assertReceiptSignature(receipts[index]!, { signers: native })
})
const options = { fromPeerId: peerId, now: 1_000_100, maxAgeMs: 10_000 }
const recordSigners = createSignerCache()
const bindings = createBindingCache()
const nativeBindings = createBindingCache()
const recordCosts = await measure({
  before: (index) => assertCapabilityRecord(records[index]!, options),
  after: (index) => assertCapabilityRecord(records[index]!, { ...options, signers: recordSigners, bindings }),
  native: (index) => assertCapabilityRecord(records[index]!, { ...options, signers: native, bindings: nativeBindings })
})

const forged = { ...receipts[0]!, outputTokens: 129 }
let refused = 0
for (const path of [{}, { signers }, { signers: native }]) { try { assertReceiptSignature(forged, path) } catch { refused += 1 } }
console.log(`CPU ms per check (process.cpuUsage, median of 5 rounds of ${count / 5}; other load on the machine shows up in all); native libsecp256k1 ${hasNativeSecp256k1() ? 'loaded' : 'NOT loaded (JS fallback)'}`)
console.log(`receipt (EIP-712)         ethers verifyTypedData ${format(receiptCosts.before!, 3)} ms   noble signer cache ${format(receiptCosts.after!, 3)} ms   native ${format(receiptCosts.native!, 3)} ms   native/ethers x${format(receiptCosts.native! / receiptCosts.before!, 3)}`)
console.log(`capability record         full check ${format(recordCosts.before!, 3)} ms   binding once + noble cache ${format(recordCosts.after!, 3)} ms   binding once + native ${format(recordCosts.native!, 3)} ms   native/full x${format(recordCosts.native! / recordCosts.before!, 3)}`)
console.log(`forged receipt refused by ${refused} of 3 paths`)
