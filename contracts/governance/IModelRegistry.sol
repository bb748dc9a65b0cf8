// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Interface of `ModelRegistry`: its types, events, errors and external functions
/// @notice What clients (nodes following `ModelActivated`, `maia model submit`, governance tooling)
/// program against. `ModelRegistry` inherits it, so every type, event and error is declared once, here.
interface IModelRegistry {
    // ---------------------------------------------------------------- types

    /// @notice Where a model version stands.
    enum ModelStatus {
        None,
        Submitted,
        Approved,
        Rejected
    }

    /// @notice A submitted model version.
    /// @param name Human-readable name and version (e.g. "maia-guide-1b-q4 v3").
    /// @param ggufSha256 SHA-256 of the GGUF file.
    /// @param uri Where to download the file (https, ipfs, ...).
    /// @param trainer Account that submitted it.
    /// @param submittedAt Timestamp of submission.
    /// @param status Where it stands.
    struct ModelVersion {
        string name;
        bytes32 ggufSha256;
        string uri;
        address trainer;
        uint64 submittedAt;
        ModelStatus status;
    }

    // ---------------------------------------------------------------- events

    /// @notice A trainer submitted a model version.
    event ModelSubmitted(uint256 indexed id, address indexed trainer, string name, bytes32 ggufSha256, string uri);
    /// @notice Governance approved a model version.
    event ModelApproved(uint256 indexed id);
    /// @notice Governance rejected a model version.
    event ModelRejected(uint256 indexed id);
    /// @notice Governance made `id` the model the network serves, replacing `previousId` (0 if none).
    event ModelActivated(uint256 indexed id, uint256 indexed previousId, bytes32 ggufSha256, string uri);

    // ---------------------------------------------------------------- errors

    /// @notice The name is empty.
    error ModelRegistryEmptyName();
    /// @notice The URI is empty.
    error ModelRegistryEmptyUri();
    /// @notice The hash is zero.
    error ModelRegistryZeroHash();
    /// @notice A model with this hash was already submitted, as `existingId`.
    error ModelRegistryDuplicateHash(bytes32 ggufSha256, uint256 existingId);
    /// @notice No model has this id.
    error ModelRegistryUnknownModel(uint256 id);
    /// @notice The model is in `status`, not in `expected`.
    error ModelRegistryInvalidStatus(uint256 id, ModelStatus status, ModelStatus expected);
    /// @notice The model is already the active one.
    error ModelRegistryAlreadyActive(uint256 id);
    /// @notice No model has been activated yet.
    error ModelRegistryNoActiveModel();

    // ---------------------------------------------------------------- trainers

    /// @notice Submits a model version; the caller is recorded as its trainer.
    /// @dev Emits `ModelSubmitted`.
    /// @param name Name and version, not empty.
    /// @param ggufSha256 SHA-256 of the GGUF file, not zero and not submitted before.
    /// @param uri Download location, not empty.
    /// @return id The new model's id.
    function submit(string calldata name, bytes32 ggufSha256, string calldata uri) external returns (uint256 id);

    // ---------------------------------------------------------------- governance

    /// @notice Approves a submitted model version. Only governance may.
    /// @dev Emits `ModelApproved`.
    /// @param id The model to approve.
    function approve(uint256 id) external;

    /// @notice Rejects a submitted model version. Only governance may.
    /// @dev Emits `ModelRejected`.
    /// @param id The model to reject.
    function reject(uint256 id) external;

    /// @notice Makes an approved model version the one the network serves. Only governance may.
    /// @dev Emits `ModelActivated`.
    /// @param id The model to activate.
    function activate(uint256 id) external;

    // ---------------------------------------------------------------- views

    /// @notice The id of the active model (0 when none).
    /// @return The id.
    function activeModelId() external view returns (uint256);

    /// @notice The active model version; reverts when none is active.
    /// @return id Its id.
    /// @return model Its record.
    function activeModel() external view returns (uint256 id, ModelVersion memory model);

    /// @notice A model version by id; reverts for unknown ids.
    /// @param id The model's id.
    /// @return Its record.
    function getModel(uint256 id) external view returns (ModelVersion memory);

    /// @notice The id of the model with this GGUF hash (0 when none).
    /// @param ggufSha256 SHA-256 of a GGUF file.
    /// @return The id.
    function modelIdByHash(bytes32 ggufSha256) external view returns (uint256);

    /// @notice How many model versions were submitted; ids run from 1 to this.
    /// @return The count.
    function modelCount() external view returns (uint256);
}
