import { Signature, ZeroAddress, id } from 'ethers'
import { describe, expect, it } from 'vitest'
import { MAIA, type Suite } from './support/suite.ts'
import { useSuiteFixture } from './support/useSuiteFixture.ts'
import { expectRevert } from './support/expectRevert.ts'
import { readArtifact, DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS } from '../../scripts/deploy/artifacts.ts'

const MINTER_ROLE = id('MINTER_ROLE')

describe('MaiaToken', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })

  it('has name, symbol, cap and the initial supply at the initial holder', async () => {
    expect(await s.token.name()).toBe('MAIA')
    expect(await s.token.symbol()).toBe('MAIA')
    expect(await s.token.decimals()).toBe(18n)
    expect(await s.token.cap()).toBe(1_000_000_000n * MAIA)
    expect(await s.token.totalSupply()).toBe(100_000_000n * MAIA)
  })

  it('uses a timestamp clock', async () => {
    const latest = await s.networkHelpers.time.latest()
    expect(await s.token.CLOCK_MODE()).toBe('mode=timestamp')
    expect(await s.token.clock()).toBe(BigInt(latest))
  })

  it('lets the timelock (minter) mint, up to the cap', async () => {
    const [user] = s.users
    await expect(s.token.connect(s.timelock).mint(user.address, MAIA)).resolves.toBeDefined()
    expect(await s.token.balanceOf(user.address)).toBe(1_000_001n * MAIA)
    const cap = await s.token.cap()
    const room = cap - (await s.token.totalSupply())
    await expectRevert(s.token.connect(s.timelock).mint(user.address, room + 1n), s.token, 'ERC20ExceededCap', [cap + 1n, cap])
    await s.token.connect(s.timelock).mint(user.address, room)
    expect(await s.token.totalSupply()).toBe(await s.token.cap())
  })

  it('refuses minting by an account without MINTER_ROLE', async () => {
    await expectRevert(s.token.connect(s.stranger).mint(s.stranger.address, 1n), s.token, 'AccessControlUnauthorizedAccount', [
      s.stranger.address,
      MINTER_ROLE
    ])
  })

  it('gives governance, not the deployer, the power to grant minting', async () => {
    await expectRevert(
      s.token.connect(s.deployer).grantRole(MINTER_ROLE, s.stranger.address),
      s.token,
      'AccessControlUnauthorizedAccount',
      [s.deployer.address, '0x' + '00'.repeat(32)]
    )
    await s.token.connect(s.timelock).grantRole(MINTER_ROLE, s.stranger.address)
    await s.token.connect(s.stranger).mint(s.stranger.address, 5n)
    expect(await s.token.balanceOf(s.stranger.address)).toBe(5n)
  })

  it('tracks votes after delegation', async () => {
    const [user] = s.users
    expect(await s.token.getVotes(user.address)).toBe(0n)
    await s.token.connect(user).delegate(user.address)
    expect(await s.token.getVotes(user.address)).toBe(1_000_000n * MAIA)
    await s.token.connect(user).transfer(s.stranger.address, MAIA)
    expect(await s.token.getVotes(user.address)).toBe(999_999n * MAIA)
  })

  it('accepts an EIP-2612 permit and counts its nonce', async () => {
    const [user] = s.users
    const { chainId } = await s.ethers.provider.getNetwork()
    const deadline = BigInt(await s.networkHelpers.time.latest()) + 3600n
    const tokenAddress = await s.token.getAddress()
    const signature = await user.signTypedData(
      { name: 'MAIA', version: '1', chainId, verifyingContract: tokenAddress },
      { Permit: [
        { name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' },
        { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }
      ] },
      { owner: user.address, spender: s.stranger.address, value: 7n, nonce: 0n, deadline }
    )
    const { v, r, s: sigS } = Signature.from(signature)
    await s.token.permit(user.address, s.stranger.address, 7n, deadline, v, r, sigS)
    expect(await s.token.allowance(user.address, s.stranger.address)).toBe(7n)
    expect(await s.token.nonces(user.address)).toBe(1n)
  })

  it('rejects an initial supply without a holder, and a zero cap', async () => {
    const artifact = await readArtifact(DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS.MaiaToken)
    const factory = new s.ethers.ContractFactory(artifact.abi, artifact.bytecode, s.deployer)
    await expectRevert(factory.deploy(s.deployer.address, ZeroAddress, 1n, 10n), s.token, 'MaiaTokenInvalidInitialHolder', [1n])
    await expectRevert(factory.deploy(s.deployer.address, s.deployer.address, 0n, 0n), s.token, 'ERC20InvalidCap', [0n])
    await expectRevert(factory.deploy(s.deployer.address, s.deployer.address, 11n, 10n), s.token, 'ERC20ExceededCap', [11n, 10n])
    const empty = await factory.deploy(s.deployer.address, ZeroAddress, 0n, 10n)
    expect(await empty.getFunction('totalSupply')()).toBe(0n)
  })
})
