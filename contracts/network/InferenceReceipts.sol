// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title The EIP-712 inference receipt a node signs for every answer it serves
/// @notice A receipt commits a node (by its registered ETH address) to the request, the prompt, the
/// output and the model of one inference. Receipts are what the orchestrator settles earnings from
/// and what a slashing evidence bundle (`INodeRegistry.slash`'s `evidenceHash`) is made of, so their
/// typed-data shape is declared here, once, for the contracts and for off-chain code: the TypeScript
/// types in `shared/chain/eip712Types.ts` are parsed from the same `encodeType` string, and
/// `test/contracts/eip712Types.test.ts` checks both against this library.
/// @dev Signed under the domain `EIP712Domain(string name,string version,uint256 chainId)` with name
/// "MAIA Network" and version "1" (no verifying contract: receipts are checked off-chain today).
library InferenceReceipts {
    /// @notice What a node attests it served.
    /// @param requestId Identifier of the inference request.
    /// @param promptHash SHA-256 of the canonical JSON of everything that shapes the output.
    /// @param outputHash SHA-256 of the output text.
    /// @param inputTokens Prompt tokens counted.
    /// @param outputTokens Output tokens generated.
    /// @param modelHash SHA-256 of the GGUF file that served it.
    /// @param node The serving node's ETH address (the signer).
    struct InferenceReceipt {
        bytes32 requestId;
        bytes32 promptHash;
        bytes32 outputHash;
        uint256 inputTokens;
        uint256 outputTokens;
        bytes32 modelHash;
        address node;
    }

    /// @notice EIP-712 `encodeType` of `InferenceReceipt`.
    string internal constant TYPE =
        "InferenceReceipt(bytes32 requestId,bytes32 promptHash,bytes32 outputHash,uint256 inputTokens,uint256 outputTokens,bytes32 modelHash,address node)";

    /// @notice EIP-712 type hash of `InferenceReceipt`, `keccak256(bytes(TYPE))`.
    /// @dev The literal repeats `TYPE` so the compiler folds the hash into the bytecode; a test
    /// checks the two.
    bytes32 internal constant TYPEHASH = keccak256(
        "InferenceReceipt(bytes32 requestId,bytes32 promptHash,bytes32 outputHash,uint256 inputTokens,uint256 outputTokens,bytes32 modelHash,address node)"
    );

    /// @notice The EIP-712 `hashStruct` of `receipt`.
    /// @param receipt The receipt.
    /// @return The struct hash (what the typed-data digest commits to, under the receipt domain).
    function hashStruct(InferenceReceipt memory receipt) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                TYPEHASH,
                receipt.requestId,
                receipt.promptHash,
                receipt.outputHash,
                receipt.inputTokens,
                receipt.outputTokens,
                receipt.modelHash,
                receipt.node
            )
        );
    }
}
