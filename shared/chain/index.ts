/**
 * Chain access for MAIA processes: the deployment file (schema + loader), typed ethers v6 contracts,
 * session vouchers (EIP-712, and one codec between their JSON, header and contract forms) and epoch
 * rewards trees (OpenZeppelin StandardMerkleTree).
 *
 * @example
 * import { loadDeployment, connectSuite } from '../shared/chain/index.js'
 * const deployment = await loadDeployment('.maia/deployments/31337.json')
 * const { NodeRegistry } = connectSuite(deployment, provider)
 */
export * from './DeploymentSchema.ts'
export * from './loadDeployment.ts'
export * from './connectSuite.ts'
export * from './voucher.ts'
export * from './eip712Types.ts'
export * from './nodeRegistration.ts'
export * from './rewardsTree.ts'
export * from './errors.ts'
export {
  MAX_VOUCHER_HEADER_LENGTH, VoucherHeaderSchema, VoucherJsonSchema, decodeVoucherHeader, encodeVoucherHeader, toRedemption, voucherFromJson, voucherToJson,
  type SignedVoucher, type VoucherJson
} from './voucherCodec.ts'
export { VOUCHER_HEADER_NAME, verifyVoucherHeader } from './voucherHeader.ts'
export * from './modelSubmission.ts'
export { findRevertData } from './findRevertData.ts'
