import { TypedDataEncoder, id, type TypedDataField } from 'ethers'
import { BaseError } from '../errors/BaseError.ts'

/**
 * EIP-712 typed-data types of everything MAIA signs, each derived from one `encodeType` string: the
 * string the contracts declare (`SessionPayments.VOUCHER_TYPE`, `InferenceReceipts.TYPE`,
 * `NodeRegistry.NODE_REGISTRATION_TYPE`) and hash
 * into their `*_TYPEHASH`. `test/contracts/eip712Types.test.ts` compiles and deploys the contracts
 * and checks that every string here equals the contract's, that its keccak-256 equals the contract's
 * type hash, and that digests and struct hashes computed here equal the contract's.
 *
 * @example
 * import { VOUCHER_TYPES } from '../shared/chain/eip712Types.ts'
 * await signer.signTypedData(domain, VOUCHER_TYPES, voucher)
 */

/** A set of EIP-712 struct types, as ethers takes them (`signTypedData`, `TypedDataEncoder`). */
export type Eip712Types = Record<string, TypedDataField[]>

/** `encodeType` of a session voucher; equals `SessionPayments.VOUCHER_TYPE()` (contracts/network/SessionPayments.sol). */
export const VOUCHER_TYPE = 'Voucher(address user,address operator,bytes32 sessionId,uint256 maxAmount,uint64 expiry,uint256 nonce)'

/** `encodeType` of an inference receipt; equals `InferenceReceipts.TYPE` (contracts/network/InferenceReceipts.sol). */
export const INFERENCE_RECEIPT_TYPE =
  'InferenceReceipt(bytes32 requestId,bytes32 promptHash,bytes32 outputHash,uint256 inputTokens,uint256 outputTokens,bytes32 modelHash,address node)'

/** `encodeType` of a node's consent to be registered by a provider; equals `NodeRegistry.NODE_REGISTRATION_TYPE()` (contracts/network/NodeRegistry.sol). */
export const NODE_REGISTRATION_TYPE = 'NodeRegistration(address provider,string peerId,uint256 nonce,uint256 deadline)'

/**
 * The type string does not parse as an EIP-712 `encodeType` (or is not in its canonical form: no
 * spaces but one between a member's type and name, referenced types sorted by name).
 *
 * @example
 * typesFromEncodeType('Voucher', 'Voucher(address)') // throws InvalidEip712TypeError
 */
export class InvalidEip712TypeError extends BaseError {
  override name = 'InvalidEip712TypeError'
  constructor({ encodeType, reason, cause }: { encodeType: string; reason: string; cause?: unknown }) {
    super('Invalid EIP-712 type string', { details: { encodeType, reason }, cause })
  }
}

const STRUCT = /([A-Za-z_$][A-Za-z0-9_$]*)\(([^()]*)\)/y
const MEMBER = /^([A-Za-z_$][A-Za-z0-9_$]*(?:\[[0-9]*\])*) ([A-Za-z_$][A-Za-z0-9_$]*)$/

/**
 * Parses an EIP-712 `encodeType` string (the primary type, then every type it references, sorted)
 * into the types ethers takes, checking that it names `primaryType` first and that ethers encodes
 * the result back to exactly the same string.
 *
 * @throws {InvalidEip712TypeError} when the string is malformed, not canonical, or starts with another type.
 *
 * @example
 * typesFromEncodeType('Mail', 'Mail(Person from,string contents)Person(string name,address wallet)')
 * // { Mail: [{ name: 'from', type: 'Person' }, { name: 'contents', type: 'string' }],
 * //   Person: [{ name: 'name', type: 'string' }, { name: 'wallet', type: 'address' }] }
 */
export function typesFromEncodeType<P extends string>(primaryType: P, encodeType: string): Record<P, TypedDataField[]> & Eip712Types {
  const fail = (reason: string, cause?: unknown): never => {
    throw new InvalidEip712TypeError({ encodeType, reason, ...(cause === undefined ? {} : { cause }) })
  }
  const types: Eip712Types = {}
  const order: string[] = []
  STRUCT.lastIndex = 0
  while (STRUCT.lastIndex < encodeType.length) {
    const at = STRUCT.lastIndex
    const match = STRUCT.exec(encodeType)
    if (match === null) return fail(`no struct type at character ${at}`)
    const [, name, body] = match as unknown as [string, string, string]
    if (Object.hasOwn(types, name)) return fail(`type ${name} declared twice`)
    types[name] = body === '' ? [] : body.split(',').map((member) => {
      const parts = MEMBER.exec(member)
      if (parts === null) return fail(`member "${member}" of ${name} is not "type name"`)
      return { name: parts[2]!, type: parts[1]! }
    })
    order.push(name)
  }
  if (order[0] !== primaryType) return fail(`primary type is ${order[0] ?? 'missing'}, expected ${primaryType}`)
  let encoded: string
  try {
    encoded = TypedDataEncoder.from(types).encodeType(primaryType)
  } catch (cause) {
    return fail(cause instanceof Error ? cause.message : String(cause), cause)
  }
  if (encoded !== encodeType) fail(`not canonical: ethers encodes it as ${encoded}`)
  return types as Record<P, TypedDataField[]> & Eip712Types
}

/** EIP-712 types of a session voucher, for `signTypedData` / `TypedDataEncoder` with the `SessionPayments` domain. */
export const VOUCHER_TYPES = typesFromEncodeType('Voucher', VOUCHER_TYPE)

/** EIP-712 types of an inference receipt, for `signTypedData` / `TypedDataEncoder` with the receipt domain. */
export const RECEIPT_TYPES = typesFromEncodeType('InferenceReceipt', INFERENCE_RECEIPT_TYPE)

/** `keccak256(VOUCHER_TYPE)`; equals `SessionPayments.VOUCHER_TYPEHASH()`. */
export const VOUCHER_TYPEHASH = id(VOUCHER_TYPE)

/** `keccak256(INFERENCE_RECEIPT_TYPE)`; equals `InferenceReceipts.TYPEHASH`. */
export const INFERENCE_RECEIPT_TYPEHASH = id(INFERENCE_RECEIPT_TYPE)

/** EIP-712 types of a node's registration consent, for `signTypedData` / `TypedDataEncoder` with the `NodeRegistry` domain. */
export const NODE_REGISTRATION_TYPES = typesFromEncodeType('NodeRegistration', NODE_REGISTRATION_TYPE)

/** `keccak256(NODE_REGISTRATION_TYPE)`; equals `NodeRegistry.NODE_REGISTRATION_TYPEHASH()`. */
export const NODE_REGISTRATION_TYPEHASH = id(NODE_REGISTRATION_TYPE)
