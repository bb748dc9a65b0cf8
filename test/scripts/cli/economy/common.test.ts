import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { Wallet } from 'ethers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addressOf, deployToChain, keyOf, writeKeyFile, type DeployedChain } from './support/chain.ts'
import { startHardhatNode, type HardhatNode } from './support/hardhatNode.ts'
import { maiaError, runMaia, runMaiaJson } from './support/runMaia.ts'

const ENTRY = fileURLToPath(new URL('./support/entry.ts', import.meta.url))
const run = promisify(execFile)

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('economy CLI: chains, deployments, keys and flags', () => {
  let devnet: HardhatNode
  let otherChain: HardhatNode
  let chain: DeployedChain
  let dir: string
  let common: string[]

  beforeAll(async () => {
    ;[devnet, otherChain] = await Promise.all([startHardhatNode(), startHardhatNode({ chainId: 1337 })])
    dir = await mkdtemp(path.join(tmpdir(), 'maia-common-cli-'))
    chain = await deployToChain(devnet.rpcUrl, dir)
    common = ['--rpc', devnet.rpcUrl, '--deployment', chain.deploymentPath]
  })
  afterAll(async () => {
    chain?.close()
    await Promise.all([devnet?.stop(), otherChain?.stop()])
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  const node = addressOf(3)

  it('refuses a deployment made for another chain', async () => {
    // Same file, pointed at the chain-1337 node: the deployment says 31337.
    await expect(maiaError(['stake', 'status', '--node', node, '--rpc', otherChain.rpcUrl, '--deployment', chain.deploymentPath]))
      .resolves.toMatchObject({ name: 'ChainIdMismatchError', details: { expected: 31337, actual: '1337' } })
    const edited = path.join(dir, 'edited-chain.json')
    await writeFile(edited, JSON.stringify({ ...JSON.parse(await readFile(chain.deploymentPath, 'utf8')), chainId: 1 }))
    await expect(maiaError(['stake', 'status', '--node', node, '--rpc', devnet.rpcUrl, '--deployment', edited]))
      .resolves.toMatchObject({ name: 'ChainIdMismatchError', details: { expected: 1, actual: '31337' } })
  })

  it('refuses a deployment file whose contracts are not on this chain (a restarted devnet)', async () => {
    const json = JSON.parse(await readFile(chain.deploymentPath, 'utf8')) as { contracts: { MaiaToken: { address: string } } }
    json.contracts.MaiaToken.address = Wallet.createRandom().address
    const stale = path.join(dir, 'stale.json')
    await writeFile(stale, JSON.stringify(json))
    await expect(maiaError(['stake', 'status', '--node', node, '--rpc', devnet.rpcUrl, '--deployment', stale])).resolves.toMatchObject({ name: 'DeploymentNotOnChainError' })
  })

  it('finds the deployment by chain id by default, and says when there is none', async () => {
    await expect(maiaError(['stake', 'status', '--node', node, '--rpc', devnet.rpcUrl], { MAIA_DEPLOYMENT: path.join(dir, 'absent.json') }))
      .resolves.toMatchObject({ name: 'DeploymentFileNotFoundError' })
    const out = await runMaia(['stake', 'status', '--node', node], { MAIA_CHAIN_RPC: devnet.rpcUrl, MAIA_DEPLOYMENT: chain.deploymentPath })
    expect(out).toContain('not registered')
  })

  it('refuses key files other users can read, a missing key, and an invalid key without echoing it', async () => {
    for (const mode of [0o644, 0o640]) {
      const file = await writeKeyFile(dir, 4, mode, `key-${mode.toString(8)}`)
      await expect(maiaError(['session', 'open', '--max', '1', '--key-file', file, ...common])).resolves.toMatchObject({ name: 'InsecureKeyFileError', details: { mode: `0${mode.toString(8)}` } })
    }
    await expect(maiaError(['session', 'open', '--max', '1', '--key-file', path.join(dir, 'nope'), ...common])).resolves.toMatchObject({ name: 'KeyFileNotFoundError' })
    await expect(maiaError(['gov', 'delegate', ...common])).resolves.toMatchObject({ name: 'MissingKeyError' })
    const invalid = await maiaError(['gov', 'delegate', ...common], { MAIA_PRIVATE_KEY: '0xnot-a-key-secret' })
    expect(invalid).toMatchObject({ name: 'InvalidEconomyArgumentError' })
    expect(invalid.message).not.toContain('not-a-key-secret')
    // --key-file wins over the environment.
    const keyFile = await writeKeyFile(dir, 5)
    const delegated = await runMaiaJson<{ delegator: string }>(['gov', 'delegate', '--key-file', keyFile, ...common], { MAIA_PRIVATE_KEY: keyOf(6) })
    expect(delegated.delegator).toBe(addressOf(5))
  })

  it('validates flags before touching the chain', async () => {
    const error = await maiaError(['stake', 'add', '--node', '0x1234', '--amount', '-5', '--rpc', 'ftp://x'], { MAIA_PRIVATE_KEY: keyOf(7) })
    expect(error).toMatchObject({ name: 'InvalidEconomyArgumentError' })
    expect(error.message).toMatch(/rpc: expected an http.*node: expected a 0x-prefixed 20-byte address.*amount: expected a decimal \$MAIA amount/)
    await expect(maiaError(['stake', 'add', '--node', node, '--amount', '0', ...common], { MAIA_PRIVATE_KEY: keyOf(7) })).resolves.toMatchObject({ message: expect.stringContaining('amount: must be more than zero') })
    await expect(maiaError(['stake', 'add', '--node', node, '--amount', '0.0000000000000000001', ...common], { MAIA_PRIVATE_KEY: keyOf(7) })).resolves.toMatchObject({ message: expect.stringContaining('at most 18 decimals') })
  })

  it('says when the RPC is unreachable', async () => {
    await expect(maiaError(['stake', 'status', '--node', node, '--rpc', `http://127.0.0.1:${await closedPort()}`])).resolves.toMatchObject({ name: 'RpcUnreachableError' })
  })

  it('advances time on the devnet only', async () => {
    const { before, after } = await runMaiaJson<{ before: string; after: string }>(['chain', 'advance', '3600', '--rpc', devnet.rpcUrl])
    expect(BigInt(after) - BigInt(before)).toBeGreaterThanOrEqual(3600n)
    await expect(maiaError(['chain', 'advance', '3600', '--rpc', otherChain.rpcUrl])).resolves.toMatchObject({ name: 'NotADevnetError', details: { chainId: 1337n } })
  })

  it('prints typed errors as `maia: Name: message` with exit code 1 from a real process', async () => {
    const file = await writeKeyFile(dir, 4, 0o644, 'world-readable')
    const result = await run(process.execPath, ['--import', 'tsx', ENTRY, 'stake', 'unbond', '--node', node, '--amount', '1', '--key-file', file, ...common], { timeout: 30_000 })
      .then(() => ({ code: 0, stderr: '' }), (error: { code: number; stderr: string }) => error)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^maia: InsecureKeyFileError: Key file is readable by other users \(.*fix: chmod 600/)
  })
})
