// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IModelRegistry} from "./IModelRegistry.sol";

/// @title Registry of MAIA model versions and of the one the network serves
/// @notice Trainers submit model versions (name, SHA-256 of the GGUF file, download URI). Governance
/// (`DEFAULT_ADMIN_ROLE`, the timelock) approves or rejects them and activates an approved one.
/// Nodes follow `ModelActivated` to know which weights to load, and check the file against the hash.
/// A trainer may declare the dataset a version was trained on; evaluators (`EVALUATOR_ROLE`, which
/// governance grants) record the hash and verdict of an evaluation report against the active model,
/// and governance may require a passing one before activation (`setEvaluationRequired`).
/// @dev Model ids start at 1; id 0 means "none". Types, events and errors are declared in
/// `IModelRegistry`.
contract ModelRegistry is IModelRegistry, AccessControl {
    ModelVersion[] private _models;
    uint256 private _activeModelId;
    mapping(bytes32 ggufSha256 => uint256 id) private _idByHash;
    mapping(uint256 id => bytes32 datasetHash) private _datasetHashes;
    mapping(uint256 id => Evaluation evaluation) private _evaluations;
    bool private _evaluationRequired;

    /// @notice Who may record evaluations (`recordEvaluation`); its admin is governance.
    bytes32 public constant EVALUATOR_ROLE = keccak256("EVALUATOR_ROLE");

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (the deployer, who hands it to the timelock).
    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc IModelRegistry
    function submit(string calldata name, bytes32 ggufSha256, string calldata uri) external returns (uint256 id) {
        id = _submit(name, ggufSha256, uri);
    }

    /// @inheritdoc IModelRegistry
    function submitWithDataset(string calldata name, bytes32 ggufSha256, string calldata uri, bytes32 datasetHash) external returns (uint256 id) {
        if (datasetHash == bytes32(0)) revert ModelRegistryZeroDatasetHash();
        id = _submit(name, ggufSha256, uri);
        _datasetHashes[id] = datasetHash;
        emit ModelDatasetDeclared(id, datasetHash);
    }

    /// @inheritdoc IModelRegistry
    function recordEvaluation(uint256 id, uint256 baselineId, bytes32 reportHash, string calldata uri, bool passed) external onlyRole(EVALUATOR_ROLE) {
        ModelVersion storage model = _model(id);
        if (model.status == ModelStatus.Rejected) revert ModelRegistryEvaluationOfRejected(id);
        if (model.trainer == msg.sender) revert ModelRegistrySelfEvaluation(id, msg.sender);
        if (baselineId == id || (baselineId != 0 && baselineId > _models.length)) revert ModelRegistryInvalidBaseline(id, baselineId);
        if (reportHash == bytes32(0)) revert ModelRegistryZeroReportHash();
        if (bytes(uri).length == 0) revert ModelRegistryEmptyReportUri();
        _evaluations[id] = Evaluation(reportHash, uri, baselineId, passed, msg.sender, uint64(block.timestamp));
        emit ModelEvaluationRecorded(id, msg.sender, baselineId, reportHash, uri, passed);
    }

    /// @inheritdoc IModelRegistry
    function setEvaluationRequired(bool required) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _evaluationRequired = required;
        emit EvaluationRequirementSet(required);
    }

    function _submit(string calldata name, bytes32 ggufSha256, string calldata uri) private returns (uint256 id) {
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
        if (_evaluationRequired) {
            Evaluation storage evaluation = _evaluations[id];
            if (!evaluation.passed) revert ModelRegistryEvaluationRequired(id);
            if (evaluation.baselineId != previous) revert ModelRegistryEvaluationStale(id, evaluation.baselineId, previous);
        }
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
    function datasetHashOf(uint256 id) external view returns (bytes32) {
        _model(id);
        return _datasetHashes[id];
    }

    /// @inheritdoc IModelRegistry
    function getEvaluation(uint256 id) external view returns (Evaluation memory) {
        _model(id);
        return _evaluations[id];
    }

    /// @inheritdoc IModelRegistry
    function evaluationRequired() external view returns (bool) {
        return _evaluationRequired;
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
