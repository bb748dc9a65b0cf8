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

    /// @notice One evaluator's evaluation of a model version (all zero when none).
    /// @param reportHash SHA-256 of the evaluation report JSON (`maia model evaluate`), which anyone
    /// can re-run: same held-out test split, prompts and seeds.
    /// @param uri Where the report can be read.
    /// @param baselineId The active model the candidate was compared with (0: none was active).
    /// @param passed The evaluator's verdict: the candidate is at least as good as the baseline.
    /// @param evaluator The `EVALUATOR_ROLE` account that recorded it (each keeps its own record per model).
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

    /// @notice `committer` committed to a submission: `commitment` is
    /// `submissionCommitment(ggufSha256, trainer, salt)`, which hides the hash until it is revealed.
    event ModelSubmissionCommitted(bytes32 indexed commitment, address indexed committer, uint256 blockNumber);
    /// @notice A trainer submitted (revealed) a model version.
    event ModelSubmitted(uint256 indexed id, address indexed trainer, string name, bytes32 ggufSha256, string uri);
    /// @notice `trainer` revealed the GGUF of `id` with a commitment older than `previousTrainer`'s
    /// and became its trainer: the earliest commitment wins (whoever copied the hash came later).
    event ModelTrainerReclaimed(uint256 indexed id, address indexed previousTrainer, address indexed trainer, uint256 committedAtBlock);
    /// @notice Governance approved a model version.
    event ModelApproved(uint256 indexed id);
    /// @notice Governance rejected a model version.
    event ModelRejected(uint256 indexed id);
    /// @notice Governance made `id` the model the network serves, replacing `previousId` (0 if none).
    event ModelActivated(uint256 indexed id, uint256 indexed previousId, bytes32 ggufSha256, string uri);
    /// @notice The trainer of `id` declared the dataset it was trained on (the `hash` of its `card.json`).
    event ModelDatasetDeclared(uint256 indexed id, bytes32 datasetHash);
    /// @notice `evaluator` recorded an evaluation of `id`, replacing its own earlier one (other
    /// evaluators' records stay).
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
    /// @notice The commitment is zero.
    error ModelRegistryZeroCommitment();
    /// @notice No commitment `submissionCommitment(ggufSha256, trainer, salt)` was made (wrong salt,
    /// another account, or already revealed).
    error ModelRegistryNotCommitted(bytes32 ggufSha256, address trainer);
    /// @notice The commitment was made in block `committedAtBlock`: it can be revealed from the next block on.
    error ModelRegistryRevealTooEarly(bytes32 commitment, uint256 committedAtBlock);
    /// @notice A model with this hash was already submitted, as `existingId`, from a commitment no
    /// later than the caller's.
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
    /// @notice Governance requires a passing evaluation before activation, and `id` has none (from an
    /// account that still holds `EVALUATOR_ROLE`).
    error ModelRegistryEvaluationRequired(uint256 id);
    /// @notice `id` passed against `baselineId`, but `activeId` is active now: the verdict is stale.
    error ModelRegistryEvaluationStale(uint256 id, uint256 baselineId, uint256 activeId);
    /// @notice `evaluator` (still an `EVALUATOR_ROLE` holder) failed `id` against `baselineId`, the
    /// model active now: that standing failure blocks activation until it re-records or loses the role.
    error ModelRegistryEvaluationFailed(uint256 id, address evaluator, uint256 baselineId);
    /// @notice `baselineId` is neither 0 nor a known model, or is `id` itself.
    error ModelRegistryInvalidBaseline(uint256 id, uint256 baselineId);

    // ---------------------------------------------------------------- trainers

    /// @notice First step of a submission: commits to `submissionCommitment(ggufSha256, trainer,
    /// salt)` without revealing the hash, so that nobody who sees the transaction (or the file
    /// published after it) can submit the same GGUF as its trainer first. Committing a commitment
    /// already made keeps the earlier block and changes nothing.
    /// @dev Emits `ModelSubmissionCommitted` the first time.
    /// @param commitment The commitment, not zero.
    function commitSubmission(bytes32 commitment) external;

    /// @notice Second step: reveals a committed submission, from the block after the commitment on;
    /// the caller becomes its trainer. When the hash was already revealed by someone whose
    /// commitment is younger than the caller's, the caller becomes the trainer of that model instead
    /// (`ModelTrainerReclaimed`): the earliest commitment wins, whoever reveals first.
    /// @dev Emits `ModelSubmitted`, or `ModelTrainerReclaimed` on a reclaim.
    /// @param name Name and version, not empty.
    /// @param ggufSha256 SHA-256 of the GGUF file, not zero and not submitted before from an earlier commitment.
    /// @param uri Download location, not empty.
    /// @param salt The secret the commitment was made with.
    /// @return id The model's id.
    function submit(string calldata name, bytes32 ggufSha256, string calldata uri, bytes32 salt) external returns (uint256 id);

    /// @notice `submit` with the hash of the dataset the model was trained on (`maia dataset build`
    /// writes it as `card.json`'s `hash`). On a reclaim only the trainer changes: the name, URI and
    /// declared dataset stay those first revealed (the weights are the same file).
    /// @dev Emits `ModelSubmitted` then `ModelDatasetDeclared`, or `ModelTrainerReclaimed` on a reclaim.
    /// @param name Name and version, not empty.
    /// @param ggufSha256 SHA-256 of the GGUF file, not zero and not submitted before from an earlier commitment.
    /// @param uri Download location, not empty.
    /// @param datasetHash The dataset card's content hash, not zero.
    /// @param salt The secret the commitment was made with.
    /// @return id The model's id.
    function submitWithDataset(string calldata name, bytes32 ggufSha256, string calldata uri, bytes32 datasetHash, bytes32 salt) external returns (uint256 id);

    // ---------------------------------------------------------------- evaluators

    /// @notice Records the caller's evaluation of a submitted or approved model version, replacing
    /// the caller's earlier one; every other evaluator's record stays. Only `EVALUATOR_ROLE` (granted and revoked by governance) may, and never for a
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
    /// when `evaluationRequired`, only for a version that at least one evaluator passed against the
    /// model active now (a pass against an older baseline says nothing about the current one) and
    /// that no evaluator failed against it. Only records of accounts that hold `EVALUATOR_ROLE` now
    /// count: governance discards a rogue evaluator's records by revoking its role. The loop runs
    /// over the model's evaluators, at most one record each, so it is bounded by the evaluators
    /// governance grants.
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

    /// @notice `evaluator`'s evaluation of `id` (all zero when none); reverts for unknown ids.
    /// @param id The model's id.
    /// @param evaluator The evaluator.
    /// @return Its evaluation.
    function getEvaluation(uint256 id, address evaluator) external view returns (Evaluation memory);

    /// @notice Every evaluator's evaluation of `id`, in the order they first recorded one (including
    /// those of accounts no longer holding `EVALUATOR_ROLE`, which `activate` ignores); reverts for unknown ids.
    /// @param id The model's id.
    /// @return The evaluations.
    function getEvaluations(uint256 id) external view returns (Evaluation[] memory);

    /// @notice The commitment `commitSubmission` expects: `keccak256(abi.encode(ggufSha256, trainer, salt))`.
    /// @param ggufSha256 SHA-256 of the GGUF file.
    /// @param trainer The account that will reveal it.
    /// @param salt A secret random value.
    /// @return The commitment.
    function submissionCommitment(bytes32 ggufSha256, address trainer, bytes32 salt) external pure returns (bytes32);

    /// @notice The block in which `commitment` was committed (0 when it was not, or was revealed).
    /// @param commitment A commitment.
    /// @return The block number.
    function commitmentBlock(bytes32 commitment) external view returns (uint256);

    /// @notice The block of the commitment that gave `id` its current trainer; reverts for unknown ids.
    /// @param id The model's id.
    /// @return The block number.
    function trainerCommitBlockOf(uint256 id) external view returns (uint256);

    /// @notice Whether `activate` needs a recorded passing evaluation.
    /// @return The setting.
    function evaluationRequired() external view returns (bool);

    /// @notice How many model versions were submitted; ids run from 1 to this.
    /// @return The count.
    function modelCount() external view returns (uint256);
}
