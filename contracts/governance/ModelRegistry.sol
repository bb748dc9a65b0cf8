// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title Registry of MAIA model versions and of the one the network serves
/// @notice Trainers submit model versions (name, SHA-256 of the GGUF file, download URI). Governance
/// (`DEFAULT_ADMIN_ROLE`, the timelock) approves or rejects them and activates an approved one.
/// Nodes follow `ModelActivated` to know which weights to load, and check the file against the hash.
/// @dev Model ids start at 1; id 0 means "none".
contract ModelRegistry is AccessControl {
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

    ModelVersion[] private _models;
    uint256 private _activeModelId;
    mapping(bytes32 ggufSha256 => uint256 id) private _idByHash;

    /// @notice A trainer submitted a model version.
    event ModelSubmitted(uint256 indexed id, address indexed trainer, string name, bytes32 ggufSha256, string uri);
    /// @notice Governance approved a model version.
    event ModelApproved(uint256 indexed id);
    /// @notice Governance rejected a model version.
    event ModelRejected(uint256 indexed id);
    /// @notice Governance made `id` the model the network serves, replacing `previousId` (0 if none).
    event ModelActivated(uint256 indexed id, uint256 indexed previousId, bytes32 ggufSha256, string uri);

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

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (the deployer, who hands it to the timelock).
    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Submits a model version; the caller is recorded as its trainer.
    /// @dev Emits `ModelSubmitted`.
    /// @param name Name and version, not empty.
    /// @param ggufSha256 SHA-256 of the GGUF file, not zero and not submitted before.
    /// @param uri Download location, not empty.
    /// @return id The new model's id.
    function submit(string calldata name, bytes32 ggufSha256, string calldata uri) external returns (uint256 id) {
        if (bytes(name).length == 0) revert ModelRegistryEmptyName();
        if (bytes(uri).length == 0) revert ModelRegistryEmptyUri();
        if (ggufSha256 == bytes32(0)) revert ModelRegistryZeroHash();
        uint256 existing = _idByHash[ggufSha256];
        if (existing != 0) revert ModelRegistryDuplicateHash(ggufSha256, existing);
        _models.push(ModelVersion(name, ggufSha256, uri, msg.sender, uint64(block.timestamp), ModelStatus.Submitted));
        id = _models.length;
        _idByHash[ggufSha256] = id;
        emit ModelSubmitted(id, msg.sender, name, ggufSha256, uri);
    }

    /// @notice Approves a submitted model version. Only governance may.
    /// @dev Emits `ModelApproved`.
    /// @param id The model to approve.
    function approve(uint256 id) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _modelIn(id, ModelStatus.Submitted).status = ModelStatus.Approved;
        emit ModelApproved(id);
    }

    /// @notice Rejects a submitted model version. Only governance may.
    /// @dev Emits `ModelRejected`.
    /// @param id The model to reject.
    function reject(uint256 id) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _modelIn(id, ModelStatus.Submitted).status = ModelStatus.Rejected;
        emit ModelRejected(id);
    }

    /// @notice Makes an approved model version the one the network serves. Only governance may.
    /// @dev Emits `ModelActivated`.
    /// @param id The model to activate.
    function activate(uint256 id) external onlyRole(DEFAULT_ADMIN_ROLE) {
        ModelVersion storage model = _modelIn(id, ModelStatus.Approved);
        uint256 previous = _activeModelId;
        if (previous == id) revert ModelRegistryAlreadyActive(id);
        _activeModelId = id;
        emit ModelActivated(id, previous, model.ggufSha256, model.uri);
    }

    /// @notice The id of the active model (0 when none).
    /// @return The id.
    function activeModelId() external view returns (uint256) {
        return _activeModelId;
    }

    /// @notice The active model version; reverts when none is active.
    /// @return id Its id.
    /// @return model Its record.
    function activeModel() external view returns (uint256 id, ModelVersion memory model) {
        id = _activeModelId;
        if (id == 0) revert ModelRegistryNoActiveModel();
        model = _models[id - 1];
    }

    /// @notice A model version by id; reverts for unknown ids.
    /// @param id The model's id.
    /// @return Its record.
    function getModel(uint256 id) external view returns (ModelVersion memory) {
        return _model(id);
    }

    /// @notice The id of the model with this GGUF hash (0 when none).
    /// @param ggufSha256 SHA-256 of a GGUF file.
    /// @return The id.
    function modelIdByHash(bytes32 ggufSha256) external view returns (uint256) {
        return _idByHash[ggufSha256];
    }

    /// @notice How many model versions were submitted; ids run from 1 to this.
    /// @return The count.
    function modelCount() external view returns (uint256) {
        return _models.length;
    }

    function _model(uint256 id) private view returns (ModelVersion storage) {
        if (id == 0 || id > _models.length) revert ModelRegistryUnknownModel(id);
        return _models[id - 1];
    }

    function _modelIn(uint256 id, ModelStatus expected) private view returns (ModelVersion storage model) {
        model = _model(id);
        if (model.status != expected) revert ModelRegistryInvalidStatus(id, model.status, expected);
    }
}
