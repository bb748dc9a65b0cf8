// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IModelRegistry} from "./IModelRegistry.sol";

/// @title Registry of MAIA model versions and of the one the network serves
/// @notice Trainers submit model versions (name, SHA-256 of the GGUF file, download URI) in two
/// steps: a commitment that hides the hash (`commitSubmission`), then, from the next block on, the
/// reveal (`submit`); the earliest commitment to a hash makes its trainer, so a hash copied from a
/// pending transaction or a published file cannot be submitted as the copier's. Governance
/// (`DEFAULT_ADMIN_ROLE`, the timelock) approves or rejects them and activates an approved one.
/// Nodes follow `ModelActivated` to know which weights to load, and check the file against the hash.
/// A trainer may declare the dataset a version was trained on; evaluators (`EVALUATOR_ROLE`, which
/// governance grants) each record the hash and verdict of an evaluation report against the active
/// model (one record per evaluator and model), and governance may require at least one pass and no
/// standing failure against the active model before activation (`setEvaluationRequired`).
/// @dev Model ids start at 1; id 0 means "none". Types, events and errors are declared in
/// `IModelRegistry`.
contract ModelRegistry is IModelRegistry, AccessControl {
    ModelVersion[] private _models;
    uint256 private _activeModelId;
    mapping(bytes32 ggufSha256 => uint256 id) private _idByHash;
    mapping(uint256 id => bytes32 datasetHash) private _datasetHashes;
    mapping(uint256 id => mapping(address evaluator => Evaluation evaluation)) private _evaluations;
    mapping(uint256 id => address[] evaluators) private _evaluators;
    mapping(bytes32 commitment => uint256 blockNumber) private _commitments;
    mapping(uint256 id => uint256 blockNumber) private _trainerCommitBlocks;
    bool private _evaluationRequired;

    /// @notice Who may record evaluations (`recordEvaluation`); its admin is governance.
    bytes32 public constant EVALUATOR_ROLE = keccak256("EVALUATOR_ROLE");

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (the deployer, who hands it to the timelock).
    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc IModelRegistry
    function commitSubmission(bytes32 commitment) external {
        if (commitment == bytes32(0)) revert ModelRegistryZeroCommitment();
        if (_commitments[commitment] != 0) return;
        _commitments[commitment] = block.number;
        emit ModelSubmissionCommitted(commitment, msg.sender, block.number);
    }

    /// @inheritdoc IModelRegistry
    function submit(string calldata name, bytes32 ggufSha256, string calldata uri, bytes32 salt) external returns (uint256 id) {
        (id, ) = _submit(name, ggufSha256, uri, salt);
    }

    /// @inheritdoc IModelRegistry
    function submitWithDataset(string calldata name, bytes32 ggufSha256, string calldata uri, bytes32 datasetHash, bytes32 salt) external returns (uint256 id) {
        if (datasetHash == bytes32(0)) revert ModelRegistryZeroDatasetHash();
        bool reclaimed;
        (id, reclaimed) = _submit(name, ggufSha256, uri, salt);
        if (!reclaimed) {
            _datasetHashes[id] = datasetHash;
            emit ModelDatasetDeclared(id, datasetHash);
        }
    }

    /// @inheritdoc IModelRegistry
    function recordEvaluation(uint256 id, uint256 baselineId, bytes32 reportHash, string calldata uri, bool passed) external onlyRole(EVALUATOR_ROLE) {
        ModelVersion storage model = _model(id);
        if (model.status == ModelStatus.Rejected) revert ModelRegistryEvaluationOfRejected(id);
        if (model.trainer == msg.sender) revert ModelRegistrySelfEvaluation(id, msg.sender);
        if (baselineId == id || (baselineId != 0 && baselineId > _models.length)) revert ModelRegistryInvalidBaseline(id, baselineId);
        if (reportHash == bytes32(0)) revert ModelRegistryZeroReportHash();
        if (bytes(uri).length == 0) revert ModelRegistryEmptyReportUri();
        mapping(address => Evaluation) storage records = _evaluations[id];
        if (records[msg.sender].recordedAt == 0) _evaluators[id].push(msg.sender);
        records[msg.sender] = Evaluation(reportHash, uri, baselineId, passed, msg.sender, uint64(block.timestamp));
        emit ModelEvaluationRecorded(id, msg.sender, baselineId, reportHash, uri, passed);
    }

    /// @inheritdoc IModelRegistry
    function setEvaluationRequired(bool required) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _evaluationRequired = required;
        emit EvaluationRequirementSet(required);
    }

    /// @dev Checks the name, URI and hash, consumes the caller's commitment, then either records a
    /// new model or, when the hash is known from a younger commitment, hands that model to the caller.
    function _submit(string calldata name, bytes32 ggufSha256, string calldata uri, bytes32 salt) private returns (uint256 id, bool reclaimed) {
        if (bytes(name).length == 0) revert ModelRegistryEmptyName();
        if (bytes(uri).length == 0) revert ModelRegistryEmptyUri();
        if (ggufSha256 == bytes32(0)) revert ModelRegistryZeroHash();
        bytes32 commitment = _commitment(ggufSha256, msg.sender, salt);
        uint256 committedAt = _commitments[commitment];
        uint256 existing = _idByHash[ggufSha256];
        // Known hash: only a strictly older commitment than its trainer's takes it over.
        if (existing != 0 && (committedAt == 0 || _trainerCommitBlocks[existing] <= committedAt)) {
            revert ModelRegistryDuplicateHash(ggufSha256, existing);
        }
        if (committedAt == 0) revert ModelRegistryNotCommitted(ggufSha256, msg.sender);
        if (committedAt >= block.number) revert ModelRegistryRevealTooEarly(commitment, committedAt);
        delete _commitments[commitment];
        if (existing != 0) {
            ModelVersion storage model = _models[existing - 1];
            address previous = model.trainer;
            model.trainer = msg.sender;
            _trainerCommitBlocks[existing] = committedAt;
            emit ModelTrainerReclaimed(existing, previous, msg.sender, committedAt);
            return (existing, true);
        }
        _models.push(ModelVersion(name, ggufSha256, uri, msg.sender, uint64(block.timestamp), ModelStatus.Submitted));
        id = _models.length;
        _idByHash[ggufSha256] = id;
        _trainerCommitBlocks[id] = committedAt;
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
        if (_evaluationRequired) _checkEvaluations(id, previous);
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
    function getEvaluation(uint256 id, address evaluator) external view returns (Evaluation memory) {
        _model(id);
        return _evaluations[id][evaluator];
    }

    /// @inheritdoc IModelRegistry
    function getEvaluations(uint256 id) external view returns (Evaluation[] memory evaluations) {
        _model(id);
        address[] storage evaluators = _evaluators[id];
        evaluations = new Evaluation[](evaluators.length);
        for (uint256 i = 0; i < evaluators.length; ++i) {
            evaluations[i] = _evaluations[id][evaluators[i]];
        }
    }

    /// @inheritdoc IModelRegistry
    function submissionCommitment(bytes32 ggufSha256, address trainer, bytes32 salt) external pure returns (bytes32) {
        return _commitment(ggufSha256, trainer, salt);
    }

    /// @inheritdoc IModelRegistry
    function commitmentBlock(bytes32 commitment) external view returns (uint256) {
        return _commitments[commitment];
    }

    /// @inheritdoc IModelRegistry
    function trainerCommitBlockOf(uint256 id) external view returns (uint256) {
        _model(id);
        return _trainerCommitBlocks[id];
    }

    /// @inheritdoc IModelRegistry
    function evaluationRequired() external view returns (bool) {
        return _evaluationRequired;
    }

    /// @inheritdoc IModelRegistry
    function modelCount() external view returns (uint256) {
        return _models.length;
    }

    /// @dev Reverts unless some current evaluator passed `id` against `baselineId` and none failed it
    /// against `baselineId`. Records against another baseline are stale and neither open nor block;
    /// records of accounts that lost `EVALUATOR_ROLE` are ignored. One record per evaluator, so the
    /// loop is bounded by the evaluators governance granted.
    function _checkEvaluations(uint256 id, uint256 baselineId) private view {
        address[] storage evaluators = _evaluators[id];
        bool passed;
        bool stale;
        uint256 staleBaseline;
        for (uint256 i = 0; i < evaluators.length; ++i) {
            address evaluator = evaluators[i];
            if (!hasRole(EVALUATOR_ROLE, evaluator)) continue;
            Evaluation storage evaluation = _evaluations[id][evaluator];
            if (evaluation.baselineId != baselineId) {
                if (evaluation.passed && !stale) (stale, staleBaseline) = (true, evaluation.baselineId);
            } else if (!evaluation.passed) {
                revert ModelRegistryEvaluationFailed(id, evaluator, baselineId);
            } else {
                passed = true;
            }
        }
        if (!passed) {
            if (stale) revert ModelRegistryEvaluationStale(id, staleBaseline, baselineId);
            revert ModelRegistryEvaluationRequired(id);
        }
    }

    function _commitment(bytes32 ggufSha256, address trainer, bytes32 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(ggufSha256, trainer, salt));
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
