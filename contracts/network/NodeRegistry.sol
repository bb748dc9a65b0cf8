// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title Registry of MAIA inference nodes and their $MAIA stake
/// @notice A provider registers a node (its ETH address, libp2p peer id and endpoint metadata) with a
/// stake of at least `minStake`. The stake can be raised at any time; lowering it starts an unbonding
/// period, during which the unbonding amount is still slashable. Holders of `SLASHER_ROLE` slash a
/// node with a stated reason; the slashed tokens go to the treasury. Governance (`DEFAULT_ADMIN_ROLE`,
/// the timelock) sets every parameter and grants the slasher role.
/// @dev A node is keyed by its own address, not by the provider's: one provider can run many nodes.
contract NodeRegistry is AccessControl {
    using SafeERC20 for IERC20;

    /// @notice Role allowed to slash nodes.
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    /// @notice Longest unbonding period governance may set.
    uint64 public constant MAX_UNBONDING_PERIOD = 365 days;

    /// @notice What the registry knows about one node.
    /// @param provider Account that staked and that receives unbonded stake.
    /// @param stake Active stake; the node is active while it is at least `minStake`.
    /// @param unbonding Stake waiting for `unbondingEnd`; still slashable.
    /// @param unbondingEnd Timestamp from which `unbonding` can be withdrawn.
    /// @param registeredAt Timestamp of registration.
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

    IERC20 private immutable _token;
    address private _treasury;
    uint256 private _minStake;
    uint64 private _unbondingPeriod;
    mapping(address node => Node) private _nodes;
    mapping(bytes32 peerIdHash => address node) private _nodeByPeerId;

    /// @notice A node was registered.
    event NodeRegistered(address indexed node, address indexed provider, string peerId, string metadata, uint256 stake);
    /// @notice A node's peer id or metadata changed.
    event NodeUpdated(address indexed node, string peerId, string metadata);
    /// @notice A node's stake was raised.
    event StakeIncreased(address indexed node, uint256 amount, uint256 newStake);
    /// @notice Part of a node's stake started unbonding.
    event UnstakeRequested(address indexed node, uint256 amount, uint256 totalUnbonding, uint64 unbondingEnd);
    /// @notice Unbonded stake went back to the provider.
    event UnbondedWithdrawn(address indexed node, address indexed provider, uint256 amount);
    /// @notice A node with no stake left was removed.
    event NodeDeregistered(address indexed node, address indexed provider);
    /// @notice A node was slashed; the amount went to `treasury`.
    event NodeSlashed(address indexed node, address indexed slasher, uint256 amount, address treasury, string reason);
    /// @notice Governance changed the minimum stake.
    event MinStakeSet(uint256 previousMinStake, uint256 newMinStake);
    /// @notice Governance changed the unbonding period.
    event UnbondingPeriodSet(uint64 previousPeriod, uint64 newPeriod);
    /// @notice Governance changed the treasury.
    event TreasurySet(address indexed previousTreasury, address indexed newTreasury);

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
    /// @notice The unbonding period is longer than `MAX_UNBONDING_PERIOD`.
    error NodeRegistryInvalidUnbondingPeriod(uint64 period, uint64 maxPeriod);
    /// @notice The amount does not fit the registry's 128-bit stake fields.
    error NodeRegistryAmountTooLarge(uint256 amount);

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (the deployer, who hands it to the timelock).
    /// @param token_ The staking token ($MAIA).
    /// @param treasury_ Receives slashed stake.
    /// @param minStake_ Minimum active stake of an active node.
    /// @param unbondingPeriod_ Seconds between an unstake request and its withdrawal.
    constructor(address admin, IERC20 token_, address treasury_, uint256 minStake_, uint64 unbondingPeriod_) {
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

    /// @notice Registers `node`, staking `amount` from the caller, who becomes its provider.
    /// @dev Needs an allowance of `amount` to this contract. Emits `NodeRegistered`.
    /// @param node The node's ETH address (the key it signs with).
    /// @param peerId The node's libp2p peer id; unique across nodes.
    /// @param metadata Endpoint metadata.
    /// @param amount Initial stake, at least `minStake`.
    function register(address node, string calldata peerId, string calldata metadata, uint256 amount) external {
        if (node == address(0)) revert NodeRegistryZeroAddress("node");
        if (_nodes[node].provider != address(0)) revert NodeRegistryAlreadyRegistered(node);
        if (amount < _minStake) revert NodeRegistryStakeBelowMinimum(amount, _minStake);
        if (amount > type(uint128).max) revert NodeRegistryAmountTooLarge(amount);
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

    /// @notice Changes the peer id and metadata of `node`. Only its provider may.
    /// @dev Emits `NodeUpdated`.
    /// @param node The node to update.
    /// @param peerId The new libp2p peer id (may equal the current one).
    /// @param metadata The new endpoint metadata.
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

    /// @notice Raises the stake of `node` by `amount`, paid by the caller. Anyone may top up a node.
    /// @dev Needs an allowance of `amount`. Emits `StakeIncreased`.
    /// @param node The node whose stake rises.
    /// @param amount Tokens added to the active stake.
    function increaseStake(address node, uint256 amount) external {
        Node storage entry = _existingNode(node);
        if (amount == 0) revert NodeRegistryZeroAmount();
        uint256 newStake = uint256(entry.stake) + amount;
        if (newStake + entry.unbonding > type(uint128).max) revert NodeRegistryAmountTooLarge(amount);
        entry.stake = uint128(newStake);
        emit StakeIncreased(node, amount, newStake);

        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Moves `amount` of the active stake of `node` into unbonding. Only its provider may.
    /// @dev Restarts the unbonding clock for the whole unbonding amount. The node stops being active
    /// when its remaining stake falls below `minStake`. Emits `UnstakeRequested`.
    /// @param node The node to unstake from.
    /// @param amount Tokens to unbond.
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

    /// @notice Sends the unbonded stake of `node` back to its provider once the period is over.
    /// @dev A node with no stake left afterwards is removed (its peer id freed). Emits
    /// `UnbondedWithdrawn`, then `NodeDeregistered` if removed.
    /// @param node The node whose unbonded stake is withdrawn.
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

    /// @notice Slashes `amount` from `node`, active stake first, then unbonding stake; the tokens go
    /// to the treasury. Only holders of `SLASHER_ROLE` may.
    /// @dev Emits `NodeSlashed`.
    /// @param node The node to slash.
    /// @param amount Tokens taken.
    /// @param reason Why, for the record (e.g. "invalid inference result, session 0x..").
    function slash(address node, uint256 amount, string calldata reason) external onlyRole(SLASHER_ROLE) {
        Node storage entry = _existingNode(node);
        if (amount == 0) revert NodeRegistryZeroAmount();
        uint256 available = uint256(entry.stake) + entry.unbonding;
        if (amount > available) revert NodeRegistrySlashExceedsStake(node, available, amount);
        if (amount <= entry.stake) {
            entry.stake -= uint128(amount);
        } else {
            entry.unbonding -= uint128(amount - entry.stake);
            entry.stake = 0;
        }
        address recipient = _treasury;
        emit NodeSlashed(node, msg.sender, amount, recipient, reason);

        _token.safeTransfer(recipient, amount);
    }

    // ---------------------------------------------------------------- governance

    /// @notice Sets the minimum active stake. Only governance may.
    /// @dev Emits `MinStakeSet`. Nodes below the new minimum stop being active at once.
    /// @param newMinStake The new minimum.
    function setMinStake(uint256 newMinStake) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint256 previous = _minStake;
        _minStake = newMinStake;
        emit MinStakeSet(previous, newMinStake);
    }

    /// @notice Sets the unbonding period for later unstake requests. Only governance may.
    /// @dev Emits `UnbondingPeriodSet`.
    /// @param newPeriod Seconds, at most `MAX_UNBONDING_PERIOD`.
    function setUnbondingPeriod(uint64 newPeriod) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newPeriod > MAX_UNBONDING_PERIOD) revert NodeRegistryInvalidUnbondingPeriod(newPeriod, MAX_UNBONDING_PERIOD);
        uint64 previous = _unbondingPeriod;
        _unbondingPeriod = newPeriod;
        emit UnbondingPeriodSet(previous, newPeriod);
    }

    /// @notice Sets the account that receives slashed stake. Only governance may.
    /// @dev Emits `TreasurySet`.
    /// @param newTreasury The new treasury, not zero.
    function setTreasury(address newTreasury) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newTreasury == address(0)) revert NodeRegistryZeroAddress("treasury");
        address previous = _treasury;
        _treasury = newTreasury;
        emit TreasurySet(previous, newTreasury);
    }

    // ---------------------------------------------------------------- views

    /// @notice Whether `node` is registered with an active stake of at least `minStake`.
    /// @param node The node to check.
    /// @return True when the node may serve.
    function isActive(address node) external view returns (bool) {
        Node storage entry = _nodes[node];
        return entry.provider != address(0) && entry.stake >= _minStake;
    }

    /// @notice Whether `node` is registered (active or not).
    /// @param node The node to check.
    /// @return True when registered.
    function isRegistered(address node) external view returns (bool) {
        return _nodes[node].provider != address(0);
    }

    /// @notice Everything stored about `node`; reverts for unknown nodes.
    /// @param node The node to read.
    /// @return The node's record.
    function getNode(address node) external view returns (Node memory) {
        return _existingNode(node);
    }

    /// @notice The node that registered `peerId`, or the zero address.
    /// @param peerId A libp2p peer id.
    /// @return The node's address.
    function nodeOfPeerId(string calldata peerId) external view returns (address) {
        return _nodeByPeerId[keccak256(bytes(peerId))];
    }

    /// @notice The staking token.
    /// @return The $MAIA token.
    function token() external view returns (IERC20) {
        return _token;
    }

    /// @notice The account that receives slashed stake.
    /// @return The treasury.
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @notice The minimum active stake of an active node.
    /// @return The minimum, in token units.
    function minStake() external view returns (uint256) {
        return _minStake;
    }

    /// @notice Seconds between an unstake request and its withdrawal.
    /// @return The unbonding period.
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

    function _claimPeerId(address node, string calldata peerId) private {
        if (bytes(peerId).length == 0) revert NodeRegistryEmptyPeerId(node);
        bytes32 peerIdHash = keccak256(bytes(peerId));
        address owner = _nodeByPeerId[peerIdHash];
        if (owner != address(0)) revert NodeRegistryPeerIdTaken(peerId, owner);
        _nodeByPeerId[peerIdHash] = node;
    }
}
