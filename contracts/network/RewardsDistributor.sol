// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title Epoch rewards of providers, curators and trainers, claimed against Merkle roots
/// @notice Each epoch the oracle (`ORACLE_ROLE`) posts the root of a Merkle tree of *cumulative*
/// earnings per account since genesis. Anyone claims for an account `cumulative - claimed` with a
/// proof against the latest root, so one claim catches up every epoch since the last one. The tree is
/// an OpenZeppelin `StandardMerkleTree` with leaf types `["address", "uint256"]`.
/// @dev A root is accepted only if the distributor holds enough to pay it in full:
/// `balance + totalClaimed >= totalCumulative`. Funding arrives as plain transfers (the provider
/// share of session payments) or through `fund`.
contract RewardsDistributor is AccessControl {
    using SafeERC20 for IERC20;

    /// @notice Role allowed to post epoch roots.
    bytes32 public constant ORACLE_ROLE = keccak256("ORACLE_ROLE");

    IERC20 private immutable _token;
    bytes32 private _merkleRoot;
    uint64 private _epoch;
    uint256 private _totalCumulative;
    uint256 private _totalClaimed;
    mapping(address account => uint256) private _claimed;

    /// @notice The oracle posted the root of `epoch`, covering `totalCumulative` tokens in all.
    event RootPosted(uint64 indexed epoch, bytes32 root, uint256 totalCumulative);
    /// @notice `account` was paid `amount`, reaching `cumulativeAmount` claimed in all.
    event Claimed(address indexed account, uint64 indexed epoch, uint256 amount, uint256 cumulativeAmount);
    /// @notice `funder` added `amount` to the rewards.
    event Funded(address indexed funder, uint256 amount);

    /// @notice The token is the zero address.
    error RewardsZeroToken();
    /// @notice The epoch is not after the current one.
    error RewardsEpochNotIncreasing(uint64 epoch, uint64 currentEpoch);
    /// @notice The root is zero.
    error RewardsZeroRoot();
    /// @notice The new root's total is below the previous one (earnings are cumulative).
    error RewardsTotalDecreased(uint256 previousTotal, uint256 newTotal);
    /// @notice The distributor holds too little to pay the root in full.
    error RewardsUnderfunded(uint256 totalCumulative, uint256 available);
    /// @notice The proof does not match the current root.
    error RewardsInvalidProof(address account, uint256 cumulativeAmount);
    /// @notice Everything up to `cumulativeAmount` was already claimed.
    error RewardsNothingToClaim(address account, uint256 cumulativeAmount, uint256 alreadyClaimed);
    /// @notice The amount is zero.
    error RewardsZeroAmount();

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (the deployer, who hands it to the timelock).
    /// @param token_ The reward token ($MAIA).
    constructor(address admin, IERC20 token_) {
        if (address(token_) == address(0)) revert RewardsZeroToken();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _token = token_;
    }

    /// @notice Posts the root of `epoch`. Only the oracle may.
    /// @dev Emits `RootPosted`.
    /// @param epoch Epoch number, above the current one (epochs may be skipped).
    /// @param root Root of the `StandardMerkleTree` of `(account, cumulativeAmount)` leaves.
    /// @param total Sum of every leaf's cumulative amount; must be covered by funds.
    function postRoot(uint64 epoch, bytes32 root, uint256 total) external onlyRole(ORACLE_ROLE) {
        if (epoch <= _epoch) revert RewardsEpochNotIncreasing(epoch, _epoch);
        if (root == bytes32(0)) revert RewardsZeroRoot();
        if (total < _totalCumulative) revert RewardsTotalDecreased(_totalCumulative, total);
        uint256 available = _token.balanceOf(address(this)) + _totalClaimed;
        if (total > available) revert RewardsUnderfunded(total, available);
        _epoch = epoch;
        _merkleRoot = root;
        _totalCumulative = total;
        emit RootPosted(epoch, root, total);
    }

    /// @notice Pays `account` everything it earned up to the current root and has not claimed yet.
    /// Anyone may call it for any account; the tokens always go to `account`.
    /// @dev Emits `Claimed`.
    /// @param account The earning account (a leaf's address).
    /// @param cumulativeAmount The account's cumulative earnings in the current root.
    /// @param proof Merkle proof of the leaf `(account, cumulativeAmount)`.
    function claim(address account, uint256 cumulativeAmount, bytes32[] calldata proof) external {
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))));
        if (!MerkleProof.verifyCalldata(proof, _merkleRoot, leaf)) {
            revert RewardsInvalidProof(account, cumulativeAmount);
        }
        uint256 already = _claimed[account];
        if (cumulativeAmount <= already) revert RewardsNothingToClaim(account, cumulativeAmount, already);
        uint256 amount = cumulativeAmount - already;
        _claimed[account] = cumulativeAmount;
        _totalClaimed += amount;
        emit Claimed(account, _epoch, amount, cumulativeAmount);

        _token.safeTransfer(account, amount);
    }

    /// @notice Adds `amount` of the caller's tokens to the rewards.
    /// @dev Needs an allowance of `amount`. Emits `Funded`.
    /// @param amount Tokens added.
    function fund(uint256 amount) external {
        if (amount == 0) revert RewardsZeroAmount();
        emit Funded(msg.sender, amount);

        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice The reward token.
    /// @return The $MAIA token.
    function token() external view returns (IERC20) {
        return _token;
    }

    /// @notice The current root.
    /// @return The root (zero before the first epoch).
    function merkleRoot() external view returns (bytes32) {
        return _merkleRoot;
    }

    /// @notice The epoch of the current root.
    /// @return The epoch (zero before the first).
    function currentEpoch() external view returns (uint64) {
        return _epoch;
    }

    /// @notice Sum of all cumulative amounts in the current root.
    /// @return Tokens.
    function totalCumulative() external view returns (uint256) {
        return _totalCumulative;
    }

    /// @notice Sum of all claims paid so far.
    /// @return Tokens.
    function totalClaimed() external view returns (uint256) {
        return _totalClaimed;
    }

    /// @notice How much `account` has claimed in all.
    /// @param account The account.
    /// @return Tokens.
    function claimed(address account) external view returns (uint256) {
        return _claimed[account];
    }
}
