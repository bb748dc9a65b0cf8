// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IModelRegistry} from "./IModelRegistry.sol";

/// @title Registry of MAIA model versions and of the one the network serves
/// @notice Trainers submit model versions (name, SHA-256 of the GGUF file, download URI). Governance
/// (`DEFAULT_ADMIN_ROLE`, the timelock) approves or rejects them and activates an approved one.
/// Nodes follow `ModelActivated` to know which weights to load, and check the file against the hash.
/// @dev Model ids start at 1; id 0 means "none". Types, events and errors are declared in
/// `IModelRegistry`.
contract ModelRegistry is IModelRegistry, AccessControl {
    ModelVersion[] private _models;
    uint256 private _activeModelId;
    mapping(bytes32 ggufSha256 => uint256 id) private _idByHash;

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (the deployer, who hands it to the timelock).
    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc IModelRegistry
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

    /// @inheritdoc IModelRegistry
    function approve(uint256 id) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _modelIn(id, ModelStatus.Submitted).status = ModelStatus.Approved;
        emit ModelApproved(id);
    }

    /// @inheritdoc IModelRegistry
    function reject(uint256 id) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _modelIn(id, ModelStatus.Submitted).status = ModelStatus.Rejected;
        emit ModelRejected(id);
    }

    /// @inheritdoc IModelRegistry
    function activate(uint256 id) external onlyRole(DEFAULT_ADMIN_ROLE) {
        ModelVersion storage model = _modelIn(id, ModelStatus.Approved);
        uint256 previous = _activeModelId;
        if (previous == id) revert ModelRegistryAlreadyActive(id);
        _activeModelId = id;
        emit ModelActivated(id, previous, model.ggufSha256, model.uri);
    }

    /// @inheritdoc IModelRegistry
    function activeModelId() external view returns (uint256) {
        return _activeModelId;
    }

    /// @inheritdoc IModelRegistry
    function activeModel() external view returns (uint256 id, ModelVersion memory model) {
        id = _activeModelId;
        if (id == 0) revert ModelRegistryNoActiveModel();
        model = _models[id - 1];
    }

    /// @inheritdoc IModelRegistry
    function getModel(uint256 id) external view returns (ModelVersion memory) {
        return _model(id);
    }

    /// @inheritdoc IModelRegistry
    function modelIdByHash(bytes32 ggufSha256) external view returns (uint256) {
        return _idByHash[ggufSha256];
    }

    /// @inheritdoc IModelRegistry
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
