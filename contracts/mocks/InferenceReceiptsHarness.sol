// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {InferenceReceipts} from "../network/InferenceReceipts.sol";

/// @title Exposes the `InferenceReceipts` library to tests
/// @notice Not deployed by the suite; `test/contracts/eip712Types.test.ts` checks the TypeScript
/// receipt types against it.
contract InferenceReceiptsHarness {
    /// @notice EIP-712 `encodeType` of `InferenceReceipt`.
    /// @return `InferenceReceipts.TYPE`.
    function receiptType() external pure returns (string memory) {
        return InferenceReceipts.TYPE;
    }

    /// @notice EIP-712 type hash of `InferenceReceipt`.
    /// @return `InferenceReceipts.TYPEHASH`.
    function receiptTypehash() external pure returns (bytes32) {
        return InferenceReceipts.TYPEHASH;
    }

    /// @notice The EIP-712 `hashStruct` of `receipt`.
    /// @param receipt The receipt.
    /// @return `InferenceReceipts.hashStruct(receipt)`.
    function hashReceipt(InferenceReceipts.InferenceReceipt calldata receipt) external pure returns (bytes32) {
        return InferenceReceipts.hashStruct(receipt);
    }
}
