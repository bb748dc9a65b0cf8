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

    /// @notice The evaluation recorded for a model version (all zero when none).
    /// @param reportHash SHA-256 of the evaluation report JSON (`maia model evaluate`), which anyone
    /// can re-run: same held-out test split, prompts and seeds.
    /// @param uri Where the report can be read.
    /// @param baselineId The active model the candidate was compared with (0: none was active).
    /// @param passed The evaluator's verdict: the candidate is at least as good as the baseline.
    /// @param evaluator The `EVALUATOR_ROLE` account that recorded it.
    /// @param recordedAt Timestamp of the record.
    struct Evaluation {
        bytes32 reportHash;
        string uri;
        uint256 baselineId;
        bool passed;
        address evaluator;
        uint64 recordedAt;
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
    /// @notice The trainer of `id` declared the dataset it was trained on (the `hash` of its `card.json`).
    event ModelDatasetDeclared(uint256 indexed id, bytes32 datasetHash);
    /// @notice `evaluator` recorded an evaluation of `id`, replacing any earlier one.
    event ModelEvaluationRecorded(uint256 indexed id, address indexed evaluator, uint256 baselineId, bytes32 reportHash, string uri, bool passed);
    /// @notice Governance set whether `activate` needs a passing evaluation.
    event EvaluationRequirementSet(bool required);

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
    /// @notice The dataset hash is zero.
    error ModelRegistryZeroDatasetHash();
    /// @notice The evaluation report hash is zero.
    error ModelRegistryZeroReportHash();
    /// @notice The evaluation report URI is empty.
    error ModelRegistryEmptyReportUri();
    /// @notice `evaluator` trained model `id` and may not evaluate it.
    error ModelRegistrySelfEvaluation(uint256 id, address evaluator);
    /// @notice Model `id` was rejected; there is nothing left to evaluate.
    error ModelRegistryEvaluationOfRejected(uint256 id);
    /// @notice Governance requires a passing evaluation before activation, and `id` has none.
    error ModelRegistryEvaluationRequired(uint256 id);
    /// @notice `id` passed against `baselineId`, but `activeId` is active now: the verdict is stale.
    error ModelRegistryEvaluationStale(uint256 id, uint256 baselineId, uint256 activeId);
    /// @notice `baselineId` is neither 0 nor a known model, or is `id` itself.
    error ModelRegistryInvalidBaseline(uint256 id, uint256 baselineId);

    // ---------------------------------------------------------------- trainers

    /// @notice Submits a model version; the caller is recorded as its trainer.
    /// @dev Emits `ModelSubmitted`.
    /// @param name Name and version, not empty.
    /// @param ggufSha256 SHA-256 of the GGUF file, not zero and not submitted before.
    /// @param uri Download location, not empty.
    /// @return id The new model's id.
    function submit(string calldata name, bytes32 ggufSha256, string calldata uri) external returns (uint256 id);

    /// @notice Submits a model version with the hash of the dataset it was trained on (`maia dataset
    /// build` writes it as `card.json`'s `hash`); the caller is recorded as its trainer.
    /// @dev Emits `ModelSubmitted` then `ModelDatasetDeclared`.
    /// @param name Name and version, not empty.
    /// @param ggufSha256 SHA-256 of the GGUF file, not zero and not submitted before.
    /// @param uri Download location, not empty.
    /// @param datasetHash The dataset card's content hash, not zero.
    /// @return id The new model's id.
    function submitWithDataset(string calldata name, bytes32 ggufSha256, string calldata uri, bytes32 datasetHash) external returns (uint256 id);

    // ---------------------------------------------------------------- evaluators

    /// @notice Records the evaluation of a submitted or approved model version, replacing any
    /// earlier one. Only `EVALUATOR_ROLE` (granted and revoked by governance) may, and never for a
    /// model it trained: the report is computed off chain, so the verdict is only as good as the
    /// account that signs it, and a trainer would always sign its own candidate as passing.
    /// @dev Emits `ModelEvaluationRecorded`.
    /// @param id The model evaluated.
    /// @param baselineId The model it was compared with: the one active when evaluated (0 for none).
    /// @param reportHash SHA-256 of the evaluation report JSON, not zero.
    /// @param uri Where the report can be read, not empty.
    /// @param passed Whether the candidate passed.
    function recordEvaluation(uint256 id, uint256 baselineId, bytes32 reportHash, string calldata uri, bool passed) external;

    // ---------------------------------------------------------------- governance

    /// @notice Sets whether `activate` needs a recorded passing evaluation. Only governance may.
    /// @dev Emits `EvaluationRequirementSet`.
    /// @param required The new setting.
    function setEvaluationRequired(bool required) external;

    /// @notice Approves a submitted model version. Only governance may.
    /// @dev Emits `ModelApproved`.
    /// @param id The model to approve.
    function approve(uint256 id) external;

    /// @notice Rejects a submitted model version. Only governance may.
    /// @dev Emits `ModelRejected`.
    /// @param id The model to reject.
    function reject(uint256 id) external;

    /// @notice Makes an approved model version the one the network serves. Only governance may;
    /// when `evaluationRequired`, only for a version whose recorded evaluation passed against the
    /// model active now (a pass against an older baseline says nothing about the current one).
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

    /// @notice The dataset hash the trainer declared for `id` (zero when none); reverts for unknown ids.
    /// @param id The model's id.
    /// @return The dataset card's content hash.
    function datasetHashOf(uint256 id) external view returns (bytes32);

    /// @notice The evaluation recorded for `id` (all zero when none); reverts for unknown ids.
    /// @param id The model's id.
    /// @return Its evaluation.
    function getEvaluation(uint256 id) external view returns (Evaluation memory);

    /// @notice Whether `activate` needs a recorded passing evaluation.
    /// @return The setting.
    function evaluationRequired() external view returns (bool);

    /// @notice How many model versions were submitted; ids run from 1 to this.
    /// @return The count.
    function modelCount() external view returns (uint256);
}
