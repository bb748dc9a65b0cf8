// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {INodeRegistry} from "./INodeRegistry.sol";

/// @title Registry of MAIA inference nodes and their $MAIA stake
/// @notice A provider registers a node (its ETH address, libp2p peer id and endpoint metadata) with a
/// stake of at least `minStake`; a peer id backs one node only. The stake can be raised at any time;
/// lowering it starts an unbonding period, during which the unbonding amount is still slashable.
/// Holders of `SLASHER_ROLE` slash a node with an evidence hash and a stated reason; the slashed
/// tokens go to the treasury. Governance (`DEFAULT_ADMIN_ROLE`, the timelock) sets every parameter,
/// grants the slasher role and bounds every other slasher: a cap per `SLASH_PERIOD` (one UTC day)
/// and a largest share of a node's stake per slash, both zero until governance sets them; such a
/// slasher may cite one evidence hash against a node once.
/// @dev A node is keyed by its own address, not by the provider's: one provider can run many nodes.
/// A provider other than the node itself needs the node key's EIP-712 consent (`NodeRegistration`,
/// domain "MAIA NodeRegistry" / "1"), bound to the provider, the peer id, a per-node nonce and a
/// deadline. Structs, events and errors are declared in `INodeRegistry`.
contract NodeRegistry is INodeRegistry, AccessControl, EIP712 {
    using SafeERC20 for IERC20;

    /// @inheritdoc INodeRegistry
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    /// @inheritdoc INodeRegistry
    uint64 public constant MAX_UNBONDING_PERIOD = 365 days;
    /// @inheritdoc INodeRegistry
    uint64 public constant SLASH_PERIOD = 1 days;
    /// @inheritdoc INodeRegistry
    uint16 public constant BPS = 10_000;
    /// @inheritdoc INodeRegistry
    string public constant NODE_REGISTRATION_TYPE =
        "NodeRegistration(address provider,string peerId,uint256 nonce,uint256 deadline)";
    /// @inheritdoc INodeRegistry
    /// @dev The literal repeats `NODE_REGISTRATION_TYPE` so the compiler folds the hash into the
    /// bytecode; a test checks the two.
    bytes32 public constant NODE_REGISTRATION_TYPEHASH =
        keccak256("NodeRegistration(address provider,string peerId,uint256 nonce,uint256 deadline)");

    IERC20 private immutable _token;
    address private _treasury;
    uint256 private _minStake;
    uint64 private _unbondingPeriod;
    mapping(address node => Node) private _nodes;
    mapping(bytes32 peerIdHash => address node) private _nodeByPeerId;
    mapping(address node => uint256) private _slashedTotal;
    mapping(address slasher => SlasherLimit) private _slasherLimits;
    mapping(address node => mapping(bytes32 evidenceHash => bool)) private _evidenceUsed;
    mapping(address node => uint256) private _registrationNonces;

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (the deployer, who hands it to the timelock).
    /// @param token_ The staking token ($MAIA).
    /// @param treasury_ Receives slashed stake.
    /// @param minStake_ Minimum active stake of an active node.
    /// @param unbondingPeriod_ Seconds between an unstake request and its withdrawal.
    constructor(address admin, IERC20 token_, address treasury_, uint256 minStake_, uint64 unbondingPeriod_)
        EIP712("MAIA NodeRegistry", "1")
    {
        if (address(token_) == address(0)) revert NodeRegistryZeroAddress("token");
        if (treasury_ == address(0)) revert NodeRegistryZeroAddress("treasury");
        if (unbondingPeriod_ > MAX_UNBONDING_PERIOD) {
            revert NodeRegistryInvalidUnbondingPeriod(unbondingPeriod_, MAX_UNBONDING_PERIOD);
        }
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _token = token_;
        _treasury = treasury_;
        _minStake = minStake_;
        _unbondingPeriod = unbondingPeriod_;
        emit TreasurySet(address(0), treasury_);
        emit MinStakeSet(0, minStake_);
        emit UnbondingPeriodSet(0, unbondingPeriod_);
    }

    // ---------------------------------------------------------------- providers

    /// @inheritdoc INodeRegistry
    function register(
        address node,
        string calldata peerId,
        string calldata metadata,
        uint256 amount,
        uint256 deadline,
        bytes calldata nodeSignature
    ) external {
        if (node == address(0)) revert NodeRegistryZeroAddress("node");
        if (_nodes[node].provider != address(0)) revert NodeRegistryAlreadyRegistered(node);
        if (amount < _minStake) revert NodeRegistryStakeBelowMinimum(amount, _minStake);
        if (amount > type(uint128).max) revert NodeRegistryAmountTooLarge(amount);
        uint256 nonce = _registrationNonces[node]++;
        if (msg.sender != node) _checkNodeConsent(node, peerId, nonce, deadline, nodeSignature);
        _claimPeerId(node, peerId);

        Node storage entry = _nodes[node];
        entry.provider = msg.sender;
        entry.registeredAt = uint64(block.timestamp);
        entry.stake = uint128(amount);
        entry.peerId = peerId;
        entry.metadata = metadata;
        emit NodeRegistered(node, msg.sender, peerId, metadata, amount);

        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc INodeRegistry
    function updateNode(address node, string calldata peerId, string calldata metadata) external {
        Node storage entry = _providerNode(node);
        bytes32 oldHash = keccak256(bytes(entry.peerId));
        if (oldHash != keccak256(bytes(peerId))) {
            _claimPeerId(node, peerId);
            delete _nodeByPeerId[oldHash];
            entry.peerId = peerId;
        }
        entry.metadata = metadata;
        emit NodeUpdated(node, peerId, metadata);
    }

    /// @inheritdoc INodeRegistry
    function increaseStake(address node, uint256 amount) external {
        Node storage entry = _existingNode(node);
        if (amount == 0) revert NodeRegistryZeroAmount();
        if (uint256(entry.stake) + entry.unbonding + amount > type(uint128).max) revert NodeRegistryAmountTooLarge(amount);
        if (entry.stake == 0 && msg.sender != entry.provider) {
            // Nothing is staked: the provider is taking everything out (or it was slashed to nothing).
            // Another account's top-up leaves with it, so it cannot keep the node registered.
            uint256 newUnbonding = uint256(entry.unbonding) + amount;
            entry.unbonding = uint128(newUnbonding);
            emit UnbondingIncreased(node, msg.sender, amount, newUnbonding);
        } else {
            uint256 newStake = uint256(entry.stake) + amount;
            entry.stake = uint128(newStake);
            emit StakeIncreased(node, amount, newStake);
        }

        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc INodeRegistry
    function requestUnstake(address node, uint256 amount) external {
        Node storage entry = _providerNode(node);
        if (amount == 0) revert NodeRegistryZeroAmount();
        if (amount > entry.stake) revert NodeRegistryInsufficientStake(node, entry.stake, amount);
        entry.stake -= uint128(amount);
        entry.unbonding += uint128(amount);
        uint64 end = uint64(block.timestamp) + _unbondingPeriod;
        entry.unbondingEnd = end;
        emit UnstakeRequested(node, amount, entry.unbonding, end);
    }

    /// @inheritdoc INodeRegistry
    function withdrawUnbonded(address node) external {
        Node storage entry = _providerNode(node);
        uint256 amount = entry.unbonding;
        if (amount == 0) revert NodeRegistryNothingUnbonding(node);
        if (block.timestamp < entry.unbondingEnd) revert NodeRegistryUnbondingNotOver(node, entry.unbondingEnd);
        address provider = entry.provider;
        entry.unbonding = 0;
        entry.unbondingEnd = 0;
        emit UnbondedWithdrawn(node, provider, amount);
        if (entry.stake == 0) {
            delete _nodeByPeerId[keccak256(bytes(entry.peerId))];
            delete _nodes[node];
            emit NodeDeregistered(node, provider);
        }

        _token.safeTransfer(provider, amount);
    }

    // ---------------------------------------------------------------- slashing

    /// @inheritdoc INodeRegistry
    function slash(address node, uint256 amount, bytes32 evidenceHash, string calldata reason)
        external
        onlyRole(SLASHER_ROLE)
    {
        Node storage entry = _existingNode(node);
        if (amount == 0) revert NodeRegistryZeroAmount();
        uint256 available = uint256(entry.stake) + entry.unbonding;
        if (amount > available) revert NodeRegistrySlashExceedsStake(node, available, amount);
        if (!hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) _useSlashLimit(node, amount, available, evidenceHash);

        if (amount <= entry.stake) {
            entry.stake -= uint128(amount);
        } else {
            entry.unbonding -= uint128(amount - entry.stake);
            entry.stake = 0;
        }
        _slashedTotal[node] += amount;
        address recipient = _treasury;
        emit NodeSlashed(node, msg.sender, evidenceHash, amount, recipient, reason);

        _token.safeTransfer(recipient, amount);
    }

    // ---------------------------------------------------------------- governance

    /// @inheritdoc INodeRegistry
    function setSlasherLimit(address slasher, uint256 capPerPeriod, uint16 maxSlashBps)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (slasher == address(0)) revert NodeRegistryZeroAddress("slasher");
        if (capPerPeriod > type(uint128).max) revert NodeRegistryAmountTooLarge(capPerPeriod);
        if (maxSlashBps > BPS) revert NodeRegistryInvalidSlashFraction(maxSlashBps);
        SlasherLimit storage limit = _slasherLimits[slasher];
        limit.capPerPeriod = uint128(capPerPeriod);
        limit.maxSlashBps = maxSlashBps;
        emit SlasherLimitSet(slasher, capPerPeriod, maxSlashBps);
    }

    /// @inheritdoc INodeRegistry
    function setMinStake(uint256 newMinStake) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint256 previous = _minStake;
        _minStake = newMinStake;
        emit MinStakeSet(previous, newMinStake);
    }

    /// @inheritdoc INodeRegistry
    function setUnbondingPeriod(uint64 newPeriod) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newPeriod > MAX_UNBONDING_PERIOD) revert NodeRegistryInvalidUnbondingPeriod(newPeriod, MAX_UNBONDING_PERIOD);
        uint64 previous = _unbondingPeriod;
        _unbondingPeriod = newPeriod;
        emit UnbondingPeriodSet(previous, newPeriod);
    }

    /// @inheritdoc INodeRegistry
    function setTreasury(address newTreasury) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newTreasury == address(0)) revert NodeRegistryZeroAddress("treasury");
        address previous = _treasury;
        _treasury = newTreasury;
        emit TreasurySet(previous, newTreasury);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc INodeRegistry
    function isActive(address node) external view returns (bool) {
        Node storage entry = _nodes[node];
        return entry.provider != address(0) && entry.stake >= _minStake;
    }

    /// @inheritdoc INodeRegistry
    function isRegistered(address node) external view returns (bool) {
        return _nodes[node].provider != address(0);
    }

    /// @inheritdoc INodeRegistry
    function getNode(address node) external view returns (Node memory) {
        return _existingNode(node);
    }

    /// @inheritdoc INodeRegistry
    function nodeStatus(address node) external view returns (NodeStatus memory status) {
        Node storage entry = _nodes[node];
        status.registered = entry.provider != address(0);
        status.active = status.registered && entry.stake >= _minStake;
        status.provider = entry.provider;
        status.peerId = entry.peerId;
        status.stake = entry.stake;
        status.unbonding = entry.unbonding;
        status.unbondingEnd = entry.unbondingEnd;
        status.slashedTotal = _slashedTotal[node];
    }

    /// @inheritdoc INodeRegistry
    function slashedTotal(address node) external view returns (uint256) {
        return _slashedTotal[node];
    }

    /// @inheritdoc INodeRegistry
    function registrationNonce(address node) external view returns (uint256) {
        return _registrationNonces[node];
    }

    /// @inheritdoc INodeRegistry
    function hashNodeRegistration(address provider, string calldata peerId, uint256 nonce, uint256 deadline)
        external
        view
        returns (bytes32)
    {
        return _hashNodeRegistration(provider, peerId, nonce, deadline);
    }

    /// @inheritdoc INodeRegistry
    function nodeOfPeerId(string calldata peerId) external view returns (address) {
        return _nodeByPeerId[keccak256(bytes(peerId))];
    }

    /// @inheritdoc INodeRegistry
    function isEvidenceUsed(address node, bytes32 evidenceHash) external view returns (bool) {
        return _evidenceUsed[node][evidenceHash];
    }

    /// @inheritdoc INodeRegistry
    function slasherLimit(address slasher) external view returns (SlasherLimit memory) {
        return _slasherLimits[slasher];
    }

    /// @inheritdoc INodeRegistry
    function slashAllowance(address slasher) external view returns (uint256) {
        SlasherLimit storage limit = _slasherLimits[slasher];
        uint256 used = limit.period == _currentSlashPeriod() ? limit.slashedInPeriod : 0;
        return used >= limit.capPerPeriod ? 0 : limit.capPerPeriod - used;
    }

    /// @inheritdoc INodeRegistry
    function token() external view returns (IERC20) {
        return _token;
    }

    /// @inheritdoc INodeRegistry
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @inheritdoc INodeRegistry
    function minStake() external view returns (uint256) {
        return _minStake;
    }

    /// @inheritdoc INodeRegistry
    function unbondingPeriod() external view returns (uint64) {
        return _unbondingPeriod;
    }

    // ---------------------------------------------------------------- internals

    function _existingNode(address node) private view returns (Node storage entry) {
        entry = _nodes[node];
        if (entry.provider == address(0)) revert NodeRegistryUnknownNode(node);
    }

    function _providerNode(address node) private view returns (Node storage entry) {
        entry = _existingNode(node);
        if (entry.provider != msg.sender) revert NodeRegistryNotProvider(node, msg.sender);
    }

    /// @dev Reverts unless `nodeSignature` is `node`'s unexpired consent to be registered by the caller
    /// with `peerId` at `nonce`. `SignatureChecker` takes an EOA's 65-byte ECDSA signature (rejecting
    /// high-s, malleable ones, as OpenZeppelin's `ECDSA` does) or asks a contract node (ERC-1271).
    function _checkNodeConsent(
        address node,
        string calldata peerId,
        uint256 nonce,
        uint256 deadline,
        bytes calldata nodeSignature
    ) private view {
        if (block.timestamp > deadline) revert NodeRegistryNodeSignatureExpired(node, deadline);
        bytes32 digest = _hashNodeRegistration(msg.sender, peerId, nonce, deadline);
        if (!SignatureChecker.isValidSignatureNow(node, digest, nodeSignature)) {
            revert NodeRegistryInvalidNodeSignature(node, msg.sender);
        }
    }

    function _hashNodeRegistration(address provider, string calldata peerId, uint256 nonce, uint256 deadline)
        private
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(
            keccak256(abi.encode(NODE_REGISTRATION_TYPEHASH, provider, keccak256(bytes(peerId)), nonce, deadline))
        );
    }

    function _claimPeerId(address node, string calldata peerId) private {
        if (bytes(peerId).length == 0) revert NodeRegistryEmptyPeerId(node);
        bytes32 peerIdHash = keccak256(bytes(peerId));
        address owner = _nodeByPeerId[peerIdHash];
        if (owner != address(0)) revert NodeRegistryPeerIdTaken(peerId, owner);
        _nodeByPeerId[peerIdHash] = node;
    }

    /// @dev Checks a bounded slasher's slash of `amount` from a node holding `available` (stake plus
    /// unbonding) against its evidence (non-zero, not yet used by a bounded slasher against this node),
    /// per-period cap and per-slash share, marks the evidence used and counts the slash in the period.
    function _useSlashLimit(address node, uint256 amount, uint256 available, bytes32 evidenceHash) private {
        if (evidenceHash == bytes32(0)) revert NodeRegistryMissingEvidence(msg.sender);
        if (_evidenceUsed[node][evidenceHash]) revert NodeRegistryEvidenceUsed(node, evidenceHash);
        SlasherLimit storage limit = _slasherLimits[msg.sender];
        uint64 period = _currentSlashPeriod();
        uint256 used = limit.period == period ? limit.slashedInPeriod : 0;
        uint256 cap = limit.capPerPeriod;
        if (used + amount > cap) revert NodeRegistrySlashCapExceeded(msg.sender, used >= cap ? 0 : cap - used, amount);
        uint256 maxAmount = (available * limit.maxSlashBps) / BPS;
        if (amount > maxAmount) revert NodeRegistrySlashFractionExceeded(node, maxAmount, amount);
        _evidenceUsed[node][evidenceHash] = true;
        limit.period = period;
        // `used + amount <= cap < 2^128`.
        limit.slashedInPeriod = uint128(used + amount);
    }

    function _currentSlashPeriod() private view returns (uint64) {
        return uint64(block.timestamp / SLASH_PERIOD);
    }
}
