import { createRequire } from 'node:module'
import hardhatEthers from '@nomicfoundation/hardhat-ethers'
import hardhatNetworkHelpers from '@nomicfoundation/hardhat-network-helpers'
import hardhatTypechain from '@nomicfoundation/hardhat-typechain'
import { defineConfig } from 'hardhat/config'

/**
 * Hardhat 3 configuration of the MAIA contract suite.
 *
 * The compiler is the WASM build shipped by the npm `solc` package (pinned in package.json), so
 * nothing is downloaded: Hardhat is handed its `soljson.js` through `path`.
 */
const require = createRequire(import.meta.url)
const SOLC_VERSION = '0.8.28'
const solcPath = require.resolve('solc/soljson.js')

export default defineConfig({
  plugins: [hardhatEthers, hardhatNetworkHelpers, hardhatTypechain],
  solidity: {
    version: SOLC_VERSION,
    path: solcPath,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: 'cancun'
    }
  },
  paths: {
    sources: 'contracts',
    tests: { solidity: 'test/contracts' }
  },
  test: {
    solidity: {
      fuzz: { runs: 64 },
      invariant: { runs: 24, depth: 24, failOnRevert: false }
    }
  }
})
