/**
 * Chain access for MAIA processes: the deployment file (schema + loader), typed ethers v6 contracts,
 * session vouchers (EIP-712) and epoch rewards trees (OpenZeppelin StandardMerkleTree).
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
export * from './rewardsTree.ts'
export * from './errors.ts'
export { VOUCHER_HEADER_NAME, encodeVoucherHeader, verifyVoucherHeader, voucherToJson } from './voucherHeader.ts'
