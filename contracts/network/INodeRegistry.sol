// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title Interface of `NodeRegistry`: its records, events, errors and external functions
/// @notice What clients (the `maia` CLI, the orchestrator's chain view, other contracts) program
/// against. `NodeRegistry` inherits it, so every struct, event and error is declared once, here.
/// @dev Slashing is bounded per slasher: governance (`DEFAULT_ADMIN_ROLE`) slashes without limit,
/// any other `SLASHER_ROLE` holder only within the limit governance set for it (`setSlasherLimit`,
/// zero until set), with a non-zero evidence hash it has not cited against that node before.
interface INodeRegistry {
    // ---------------------------------------------------------------- structs

    /// @notice What the registry knows about one node.
    /// @param provider Account that staked and that receives unbonded stake.
    /// @param registeredAt Timestamp of registration.
    /// @param stake Active stake; the node is active while it is at least `minStake`.
    /// @param unbonding Stake waiting for `unbondingEnd`; still slashable.
    /// @param unbondingEnd Timestamp from which `unbonding` can be withdrawn.
    /// @param peerId libp2p peer id of the node.
    /// @param metadata Endpoint metadata (e.g. JSON with multiaddrs, model, capacity).
    struct Node {
        address provider;
        uint64 registeredAt;
        uint128 stake;
        uint128 unbonding;
        uint64 unbondingEnd;
        string peerId;
        string metadata;
    }

    /// @notice A node's standing, for status displays (`maia stake status`); never reverts.
    /// @param registered Whether the node is registered.
    /// @param active Whether it is registered with at least `minStake` active stake.
    /// @param provider Its provider (zero when not registered).
    /// @param peerId Its libp2p peer id (empty when not registered).
    /// @param stake Active stake.
    /// @param unbonding Stake unbonding (still slashable).
    /// @param unbondingEnd Timestamp from which `unbonding` can be withdrawn.
    /// @param slashedTotal Everything ever slashed from this node address, kept after deregistration.
    struct NodeStatus {
        bool registered;
        bool active;
        address provider;
        string peerId;
        uint256 stake;
        uint256 unbonding;
        uint64 unbondingEnd;
        uint256 slashedTotal;
    }

    /// @notice The limit governance set for a slasher, and what it used of it.
    /// @param capPerPeriod Most the slasher may slash, over all nodes, per `SLASH_PERIOD`.
    /// @param maxSlashBps Most one slash may take, in basis points of the node's stake plus unbonding.
    /// @param period The `SLASH_PERIOD` index (`timestamp / SLASH_PERIOD`) `slashedInPeriod` counts.
    /// @param slashedInPeriod What the slasher slashed during `period`.
    struct SlasherLimit {
        uint128 capPerPeriod;
        uint16 maxSlashBps;
        uint64 period;
        uint128 slashedInPeriod;
    }

    // ---------------------------------------------------------------- events

    /// @notice A node was registered.
    event NodeRegistered(address indexed node, address indexed provider, string peerId, string metadata, uint256 stake);
    /// @notice A node's peer id or metadata changed.
    event NodeUpdated(address indexed node, string peerId, string metadata);
    /// @notice A node's stake was raised.
    event StakeIncreased(address indexed node, uint256 amount, uint256 newStake);
    /// @notice A top-up by someone other than the provider of a node with no active stake joined its
    /// unbonding amount (see `increaseStake`); it goes to the provider with the rest.
    /// @param node The node.
    /// @param payer Who paid the top-up.
    /// @param amount Tokens added to the unbonding amount.
    /// @param totalUnbonding The node's unbonding amount now.
    event UnbondingIncreased(address indexed node, address indexed payer, uint256 amount, uint256 totalUnbonding);
    /// @notice Part of a node's stake started unbonding.
    event UnstakeRequested(address indexed node, uint256 amount, uint256 totalUnbonding, uint64 unbondingEnd);
    /// @notice Unbonded stake went back to the provider.
    event UnbondedWithdrawn(address indexed node, address indexed provider, uint256 amount);
    /// @notice A node with no stake left was removed.
    event NodeDeregistered(address indexed node, address indexed provider);
    /// @notice A node was slashed; the amount went to `treasury`.
    /// @param node The slashed node.
    /// @param slasher Who slashed it.
    /// @param evidenceHash Hash (keccak-256 or SHA-256) of the off-chain evidence bundle anyone can
    /// re-verify; zero only for governance slashes.
    /// @param amount Tokens taken.
    /// @param treasury Where they went.
    /// @param reason Human-readable reason.
    event NodeSlashed(
        address indexed node,
        address indexed slasher,
        bytes32 indexed evidenceHash,
        uint256 amount,
        address treasury,
        string reason
    );
    /// @notice Governance set the slashing limit of `slasher`.
    /// @param slasher The slasher the limit applies to.
    /// @param capPerPeriod Most it may slash per `SLASH_PERIOD`, over all nodes.
    /// @param maxSlashBps Most one slash may take, in basis points of the node's slashable stake.
    event SlasherLimitSet(address indexed slasher, uint256 capPerPeriod, uint16 maxSlashBps);
    /// @notice Governance changed the minimum stake.
    event MinStakeSet(uint256 previousMinStake, uint256 newMinStake);
    /// @notice Governance changed the unbonding period.
    event UnbondingPeriodSet(uint64 previousPeriod, uint64 newPeriod);
    /// @notice Governance changed the treasury.
    event TreasurySet(address indexed previousTreasury, address indexed newTreasury);

    // ---------------------------------------------------------------- errors

    /// @notice The address is the zero address where an account is needed.
    /// @param what Which parameter was zero.
    error NodeRegistryZeroAddress(string what);
    /// @notice The node is already registered.
    error NodeRegistryAlreadyRegistered(address node);
    /// @notice The node is not registered.
    error NodeRegistryUnknownNode(address node);
    /// @notice The peer id is empty.
    error NodeRegistryEmptyPeerId(address node);
    /// @notice The peer id belongs to another node.
    error NodeRegistryPeerIdTaken(string peerId, address owner);
    /// @notice The stake offered is below the minimum.
    error NodeRegistryStakeBelowMinimum(uint256 stake, uint256 minStake);
    /// @notice The caller is not the node's provider.
    error NodeRegistryNotProvider(address node, address caller);
    /// @notice The amount is zero.
    error NodeRegistryZeroAmount();
    /// @notice The node's active stake is smaller than the amount.
    error NodeRegistryInsufficientStake(address node, uint256 stake, uint256 needed);
    /// @notice The node has nothing unbonding.
    error NodeRegistryNothingUnbonding(address node);
    /// @notice The unbonding period of the node is not over.
    error NodeRegistryUnbondingNotOver(address node, uint64 unbondingEnd);
    /// @notice The slash exceeds the node's stake plus unbonding stake.
    error NodeRegistrySlashExceedsStake(address node, uint256 available, uint256 amount);
    /// @notice A bounded slasher gave no evidence hash.
    /// @param slasher The caller.
    error NodeRegistryMissingEvidence(address slasher);
    /// @notice A bounded slasher cited evidence already used by a bounded slasher to slash this node:
    /// one piece of evidence costs a node at most one slash (`maxSlashBps`).
    /// @param node The node.
    /// @param evidenceHash The evidence hash already cited against it.
    error NodeRegistryEvidenceUsed(address node, bytes32 evidenceHash);
    /// @notice One slash by a bounded slasher takes more than its `maxSlashBps` share of the node's
    /// stake plus unbonding stake.
    /// @param node The node.
    /// @param maxAmount The most this slash may take.
    /// @param amount The amount asked.
    error NodeRegistrySlashFractionExceeded(address node, uint256 maxAmount, uint256 amount);
    /// @notice The slash would take a bounded slasher past its cap for the current period.
    /// @param slasher The caller.
    /// @param remaining What it may still slash until the period ends.
    /// @param amount The amount asked.
    error NodeRegistrySlashCapExceeded(address slasher, uint256 remaining, uint256 amount);
    /// @notice The per-slash bound is above 10,000 basis points.
    error NodeRegistryInvalidSlashFraction(uint16 maxSlashBps);
    /// @notice The unbonding period is longer than `MAX_UNBONDING_PERIOD`.
    error NodeRegistryInvalidUnbondingPeriod(uint64 period, uint64 maxPeriod);
    /// @notice The amount does not fit the registry's 128-bit stake fields.
    error NodeRegistryAmountTooLarge(uint256 amount);
    /// @notice `provider` registers `node` without a valid `NodeRegistration` signature by `node`'s key
    /// (wrong signer, another provider, peer id or nonce, a malleable or malformed signature).
    error NodeRegistryInvalidNodeSignature(address node, address provider);
    /// @notice The node's `NodeRegistration` signature expired at `deadline`.
    error NodeRegistryNodeSignatureExpired(address node, uint256 deadline);

    // ---------------------------------------------------------------- constants

    /// @notice Role allowed to slash nodes.
    /// @return The role id, `keccak256("SLASHER_ROLE")`.
    function SLASHER_ROLE() external view returns (bytes32);

    /// @notice Longest unbonding period governance may set.
    /// @return Seconds (365 days).
    function MAX_UNBONDING_PERIOD() external view returns (uint64);

    /// @notice Length of the window over which a slasher's cap applies.
    /// @dev Windows are fixed and aligned on the Unix epoch (UTC days), not rolling: around a
    /// boundary a slasher can use the end of one window and the start of the next, so at most twice
    /// its cap within any `SLASH_PERIOD` seconds.
    /// @return Seconds (1 day).
    function SLASH_PERIOD() external view returns (uint64);

    /// @notice Denominator of `maxSlashBps`: 10,000 basis points = 100%.
    /// @return 10,000.
    function BPS() external view returns (uint16);

    /// @notice EIP-712 `encodeType` of `NodeRegistration`, the node key's consent to be registered by
    /// a provider; the string `NODE_REGISTRATION_TYPEHASH` hashes.
    /// @return `NodeRegistration(address provider,string peerId,uint256 nonce,uint256 deadline)`.
    function NODE_REGISTRATION_TYPE() external view returns (string memory);

    /// @notice EIP-712 type hash of `NodeRegistration`.
    /// @return `keccak256(bytes(NODE_REGISTRATION_TYPE))`.
    function NODE_REGISTRATION_TYPEHASH() external view returns (bytes32);

    // ---------------------------------------------------------------- providers

    /// @notice Registers `node`, staking `amount` from the caller, who becomes its provider. A node
    /// registering itself (caller == `node`) needs no signature; any other caller needs the node key's
    /// consent: its EIP-712 `NodeRegistration(provider = caller, peerId, nonce = registrationNonce(node),
    /// deadline)` signature under this contract's domain (an EOA's ECDSA signature, low-s only, or an
    /// ERC-1271 contract's approval).
    /// @dev Needs an allowance of `amount` to the registry. Every registration consumes the node's
    /// nonce, so a consent is used once: it cannot be replayed for another provider or peer id, nor
    /// after the node is deregistered. Emits `NodeRegistered`.
    /// @param node The node's ETH address (the key it signs with).
    /// @param peerId The node's libp2p peer id; unique across nodes (one stake backs one peer id).
    /// @param metadata Endpoint metadata.
    /// @param amount Initial stake, at least `minStake`.
    /// @param deadline Last timestamp at which `nodeSignature` is valid (ignored when caller == `node`).
    /// @param nodeSignature The node key's `NodeRegistration` signature (empty when caller == `node`).
    function register(
        address node,
        string calldata peerId,
        string calldata metadata,
        uint256 amount,
        uint256 deadline,
        bytes calldata nodeSignature
    ) external;

    /// @notice Changes the peer id and metadata of `node`. Only its provider may.
    /// @dev Emits `NodeUpdated`.
    /// @param node The node to update.
    /// @param peerId The new libp2p peer id (may equal the current one; not another node's).
    /// @param metadata The new endpoint metadata.
    function updateNode(address node, string calldata peerId, string calldata metadata) external;

    /// @notice Raises the stake of `node` by `amount`, paid by the caller. Anyone may top up a node;
    /// but while the node has no active stake (its provider unbonds everything, or it was slashed to
    /// nothing), a top-up by anyone other than its provider joins the unbonding amount instead, under
    /// the current `unbondingEnd`, so that it cannot keep the node registered and its peer id bound.
    /// @dev Needs an allowance of `amount`. Emits `StakeIncreased`, or `UnbondingIncreased` for a
    /// top-up that joins the unbonding amount.
    /// @param node The node whose stake rises.
    /// @param amount Tokens added to the active stake (or, as above, to the unbonding amount).
    function increaseStake(address node, uint256 amount) external;

    /// @notice Moves `amount` of the active stake of `node` into unbonding. Only its provider may.
    /// @dev Restarts the unbonding clock for the whole unbonding amount. The node stops being active
    /// when its remaining stake falls below `minStake`. Emits `UnstakeRequested`.
    /// @param node The node to unstake from.
    /// @param amount Tokens to unbond.
    function requestUnstake(address node, uint256 amount) external;

    /// @notice Sends the unbonded stake of `node` back to its provider once the period is over.
    /// @dev A node with no stake left afterwards is removed (its peer id freed). Emits
    /// `UnbondedWithdrawn`, then `NodeDeregistered` if removed.
    /// @param node The node whose unbonded stake is withdrawn.
    function withdrawUnbonded(address node) external;

    // ---------------------------------------------------------------- slashing

    /// @notice Slashes `amount` from `node`, active stake first, then unbonding stake; the tokens go
    /// to the treasury. Only holders of `SLASHER_ROLE` may.
    /// @dev Governance (`DEFAULT_ADMIN_ROLE`) is unbounded. Any other slasher needs a non-zero
    /// `evidenceHash` that no bounded slasher has cited against this node before
    /// (`NodeRegistryEvidenceUsed`), may take at most `maxSlashBps` of the node's stake plus
    /// unbonding per slash, and at most `capPerPeriod` over all nodes per `SLASH_PERIOD` (see
    /// `setSlasherLimit`).
    /// Emits `NodeSlashed`.
    /// @param node The node to slash.
    /// @param amount Tokens taken.
    /// @param evidenceHash Hash of the off-chain evidence bundle (e.g. the node's signed receipts and
    /// the re-run that contradicts them), so anyone can re-verify the slash.
    /// @param reason Why, for the record (e.g. "invalid inference result, session 0x..").
    function slash(address node, uint256 amount, bytes32 evidenceHash, string calldata reason) external;

    // ---------------------------------------------------------------- governance

    /// @notice Sets the slashing limit of `slasher` (a holder of `SLASHER_ROLE` other than
    /// governance). Only governance may.
    /// @dev What the slasher already slashed in the current period still counts against the new cap.
    /// A zero cap (the default) stops the slasher. Emits `SlasherLimitSet`.
    /// @param slasher The slasher, not zero (the role may be granted before or after).
    /// @param capPerPeriod Most it may slash per `SLASH_PERIOD`, over all nodes.
    /// @param maxSlashBps Most one slash may take, in basis points (at most 10,000) of the node's
    /// stake plus unbonding stake.
    function setSlasherLimit(address slasher, uint256 capPerPeriod, uint16 maxSlashBps) external;

    /// @notice Sets the minimum active stake. Only governance may.
    /// @dev Emits `MinStakeSet`. Nodes below the new minimum stop being active at once.
    /// @param newMinStake The new minimum.
    function setMinStake(uint256 newMinStake) external;

    /// @notice Sets the unbonding period for later unstake requests. Only governance may.
    /// @dev Emits `UnbondingPeriodSet`.
    /// @param newPeriod Seconds, at most `MAX_UNBONDING_PERIOD`.
    function setUnbondingPeriod(uint64 newPeriod) external;

    /// @notice Sets the account that receives slashed stake. Only governance may.
    /// @dev Emits `TreasurySet`.
    /// @param newTreasury The new treasury, not zero.
    function setTreasury(address newTreasury) external;

    // ---------------------------------------------------------------- views

    /// @notice Whether `node` is registered with an active stake of at least `minStake`.
    /// @param node The node to check.
    /// @return True when the node may serve.
    function isActive(address node) external view returns (bool);

    /// @notice Whether `node` is registered (active or not).
    /// @param node The node to check.
    /// @return True when registered.
    function isRegistered(address node) external view returns (bool);

    /// @notice Everything stored about `node`; reverts for unknown nodes.
    /// @param node The node to read.
    /// @return The node's record.
    function getNode(address node) external view returns (Node memory);

    /// @notice Registration, stake, unbonding and total slashed of `node`, registered or not.
    /// @param node The node to read.
    /// @return The node's status.
    function nodeStatus(address node) external view returns (NodeStatus memory);

    /// @notice Everything ever slashed from `node` (kept after deregistration).
    /// @param node The node.
    /// @return Tokens.
    function slashedTotal(address node) external view returns (uint256);

    /// @notice The nonce the next `NodeRegistration` signature of `node` must carry: the number of
    /// times `node` was registered (kept across deregistration).
    /// @param node The node.
    /// @return The nonce.
    function registrationNonce(address node) external view returns (uint256);

    /// @notice The EIP-712 digest `node` signs to let `provider` register it with `peerId`.
    /// @param provider The account allowed to register the node.
    /// @param peerId The peer id it may register the node with.
    /// @param nonce `registrationNonce(node)` at registration.
    /// @param deadline Last timestamp the consent is valid.
    /// @return The typed-data digest under this contract's domain.
    function hashNodeRegistration(address provider, string calldata peerId, uint256 nonce, uint256 deadline)
        external
        view
        returns (bytes32);

    /// @notice The node that registered `peerId`, or the zero address.
    /// @param peerId A libp2p peer id.
    /// @return The node's address.
    function nodeOfPeerId(string calldata peerId) external view returns (address);

    /// @notice Whether a bounded slasher (not governance) already slashed `node` citing `evidenceHash`,
    /// so no bounded slasher may cite it against that node again.
    /// @param node The node.
    /// @param evidenceHash The evidence hash.
    /// @return True when used.
    function isEvidenceUsed(address node, bytes32 evidenceHash) external view returns (bool);

    /// @notice The limit governance set for `slasher`, and what it slashed in the period it last
    /// slashed in (see `slashAllowance` for what is left now).
    /// @param slasher The slasher.
    /// @return The slasher's limit record (all zero when never set).
    function slasherLimit(address slasher) external view returns (SlasherLimit memory);

    /// @notice What `slasher` may still slash in the current `SLASH_PERIOD` under its cap
    /// (governance itself is not bounded by it).
    /// @param slasher The slasher.
    /// @return Tokens.
    function slashAllowance(address slasher) external view returns (uint256);

    /// @notice The staking token.
    /// @return The $MAIA token.
    function token() external view returns (IERC20);

    /// @notice The account that receives slashed stake.
    /// @return The treasury.
    function treasury() external view returns (address);

    /// @notice The minimum active stake of an active node.
    /// @return The minimum, in token units.
    function minStake() external view returns (uint256);

    /// @notice Seconds between an unstake request and its withdrawal.
    /// @return The unbonding period.
    function unbondingPeriod() external view returns (uint64);
}
