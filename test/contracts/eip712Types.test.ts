import { TypedDataEncoder, Wallet, hexlify, id, randomBytes, type JsonFragment } from 'ethers'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS, readArtifact } from '../../scripts/deploy/artifacts.ts'
import {
  INFERENCE_RECEIPT_TYPE,
  INFERENCE_RECEIPT_TYPEHASH,
  NODE_REGISTRATION_TYPE,
  NODE_REGISTRATION_TYPEHASH,
  NODE_REGISTRATION_TYPES,
  RECEIPT_TYPES,
  VOUCHER_TYPE,
  VOUCHER_TYPEHASH,
  VOUCHER_TYPES,
  typesFromEncodeType
} from '../../shared/chain/eip712Types.ts'
import { hashNodeRegistration, nodeRegistrationDomain } from '../../shared/chain/nodeRegistration.ts'
import { hashVoucher } from '../../shared/chain/voucher.ts'
import { receiptDigest, receiptDigestBytes, receiptDomain } from '../../shared/protocol/receipt.ts'
import { InferenceReceiptsHarness__factory } from '../../types/ethers-contracts/index.ts'
import { MAIA, type Suite } from './support/suite.ts'
import { useSuiteFixture } from './support/useSuiteFixture.ts'

const word = (): string => hexlify(randomBytes(32))

describe('EIP-712 types (shared/chain/eip712Types.ts) against the contracts', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })

  describe('Voucher', () => {
    it('is the type string SessionPayments declares and hashes', async () => {
      expect(await s.payments.VOUCHER_TYPE()).toBe(VOUCHER_TYPE)
      expect(TypedDataEncoder.from(VOUCHER_TYPES).encodeType('Voucher')).toBe(VOUCHER_TYPE)
      expect(VOUCHER_TYPEHASH).toBe(await s.payments.VOUCHER_TYPEHASH())
      expect(id(await s.payments.VOUCHER_TYPE())).toBe(await s.payments.VOUCHER_TYPEHASH())
    })

    it('has the members of the Voucher struct in the SessionPayments ABI', async () => {
      const { abi } = await readArtifact(DEFAULT_ARTIFACTS_DIR, SUITE_ARTIFACTS.SessionPayments)
      const hashVoucher = abi.find((fragment) => fragment.type === 'function' && fragment.name === 'hashVoucher')
      const struct = hashVoucher?.inputs?.[0] as JsonFragment & { internalType?: string; components?: JsonFragment[] }
      expect(struct.internalType).toBe('struct ISessionPayments.Voucher')
      expect(struct.components?.map(({ name, type }) => ({ name, type }))).toEqual(VOUCHER_TYPES.Voucher)
    })

    it('gives the digest SessionPayments.hashVoucher computes, as shared/chain/voucher.ts does', async () => {
      const voucher = { user: Wallet.createRandom().address, operator: Wallet.createRandom().address, sessionId: word(), maxAmount: 5n * MAIA, expiry: 2n ** 64n - 1n, nonce: 2n ** 255n + 7n }
      const digest = TypedDataEncoder.hash(s.domain, VOUCHER_TYPES, voucher)
      expect(digest).toBe(await s.payments.hashVoucher(voucher))
      expect(hashVoucher(s.domain, voucher)).toBe(digest)
    })
  })

  describe('InferenceReceipt', () => {
    const deployHarness = async () => await (await new InferenceReceiptsHarness__factory(s.deployer).deploy()).waitForDeployment()

    it('is the type string the InferenceReceipts library declares and hashes', async () => {
      const harness = await deployHarness()
      expect(await harness.receiptType()).toBe(INFERENCE_RECEIPT_TYPE)
      expect(TypedDataEncoder.from(RECEIPT_TYPES).encodeType('InferenceReceipt')).toBe(INFERENCE_RECEIPT_TYPE)
      expect(INFERENCE_RECEIPT_TYPEHASH).toBe(await harness.receiptTypehash())
      expect(id(await harness.receiptType())).toBe(await harness.receiptTypehash())
    })

    it('gives the struct hash InferenceReceipts.hashStruct computes, members in the same order', async () => {
      const harness = await deployHarness()
      const receipt = {
        requestId: word(),
        promptHash: word(),
        outputHash: word(),
        inputTokens: 1_234n,
        outputTokens: 2n ** 200n,
        modelHash: word(),
        node: Wallet.createRandom().address
      }
      expect(TypedDataEncoder.hashStruct('InferenceReceipt', RECEIPT_TYPES, receipt)).toBe(await harness.hashReceipt(receipt))
      const components = harness.interface.getFunction('hashReceipt').inputs[0]!.components!
      expect(components.map(({ name, type }) => ({ name, type }))).toEqual(RECEIPT_TYPES.InferenceReceipt)
    })

    it('is what shared/protocol/receipt.ts signs with, under the domain InferenceReceipts documents', async () => {
      const harness = await deployHarness()
      const receipt = { requestId: word(), promptHash: word(), outputHash: word(), inputTokens: 17, outputTokens: 4_096, modelHash: word(), node: Wallet.createRandom().address, chainId: 31337 }
      const domain = receiptDomain(receipt.chainId)
      expect(domain).toEqual({ name: 'MAIA Network', version: '1', chainId: 31337 })
      const structHash = await harness.hashReceipt(receipt)
      const digest = TypedDataEncoder.hash(domain, RECEIPT_TYPES, receipt)
      expect(TypedDataEncoder.hashStruct('InferenceReceipt', RECEIPT_TYPES, receipt)).toBe(structHash)
      expect(receiptDigest(receipt)).toBe(digest)
      expect(hexlify(receiptDigestBytes(receipt))).toBe(digest)
    })
  })
})

describe('EIP-712 types: NodeRegistration (a node key\'s consent to its registration)', () => {
  let s: Suite
  useSuiteFixture((suite) => { s = suite })

  it('is the type string NodeRegistry declares and hashes', async () => {
    expect(await s.registry.NODE_REGISTRATION_TYPE()).toBe(NODE_REGISTRATION_TYPE)
    expect(TypedDataEncoder.from(NODE_REGISTRATION_TYPES).encodeType('NodeRegistration')).toBe(NODE_REGISTRATION_TYPE)
    expect(NODE_REGISTRATION_TYPEHASH).toBe(await s.registry.NODE_REGISTRATION_TYPEHASH())
    expect(id(await s.registry.NODE_REGISTRATION_TYPE())).toBe(await s.registry.NODE_REGISTRATION_TYPEHASH())
  })

  it('gives the digest NodeRegistry.hashNodeRegistration computes, under the domain it reports (ERC-5267)', async () => {
    const [, name, version, chainId, verifyingContract] = await s.registry.eip712Domain()
    const domain = nodeRegistrationDomain({ chainId, verifyingContract })
    expect([domain.name, domain.version, verifyingContract]).toEqual([name, version, await s.registry.getAddress()])
    const registration = { provider: Wallet.createRandom().address, peerId: '12D3KooWEip712TypesPeer', nonce: 3n, deadline: 2n ** 256n - 1n }
    const digest = TypedDataEncoder.hash(domain, NODE_REGISTRATION_TYPES, registration)
    expect(digest).toBe(await s.registry.hashNodeRegistration(registration.provider, registration.peerId, registration.nonce, registration.deadline))
    expect(hashNodeRegistration(domain, registration)).toBe(digest)
  })
})

describe('typesFromEncodeType', () => {
  it('parses a primary type with referenced types, arrays and empty structs', () => {
    const encodeType = 'Mail(Person from,Person[] to,string contents,Tag[2] tags)Person(string name,address wallet)Tag()'
    const types = typesFromEncodeType('Mail', encodeType)
    expect(types).toEqual({
      Mail: [
        { name: 'from', type: 'Person' },
        { name: 'to', type: 'Person[]' },
        { name: 'contents', type: 'string' },
        { name: 'tags', type: 'Tag[2]' }
      ],
      Person: [{ name: 'name', type: 'string' }, { name: 'wallet', type: 'address' }],
      Tag: []
    })
    expect(TypedDataEncoder.from(types).encodeType('Mail')).toBe(encodeType)
  })

  it.each([
    ['an empty string', 'Voucher', ''],
    ['a member without a name', 'Voucher', 'Voucher(address)'],
    ['extra spaces', 'Voucher', 'Voucher(address user, uint256 nonce)'],
    ['trailing text', 'Voucher', 'Voucher(address user)x'],
    ['another primary type', 'Voucher', 'Receipt(address node)'],
    ['a type declared twice', 'A', 'A(B b)B(uint256 x)B(uint256 x)'],
    ['an undeclared referenced type', 'A', 'A(B b)'],
    ['an unknown atomic type', 'A', 'A(uint7 x)'],
    ['referenced types out of order', 'A', 'A(C c,B b)C(uint256 x)B(uint256 y)']
  ])('rejects %s', (_what, primaryType, encodeType) => {
    expect(() => typesFromEncodeType(primaryType, encodeType)).toThrow(expect.objectContaining({ name: 'InvalidEip712TypeError' }))
  })
})
