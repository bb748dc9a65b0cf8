// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title Interface of `RewardsDistributor`: its events, errors and external functions
/// @notice What clients (the orchestrator's epoch settler, `maia rewards`, other contracts) program
/// against. `RewardsDistributor` inherits it, so every event and error is declared once, here.
interface IRewardsDistributor {
    // ---------------------------------------------------------------- events

    /// @notice The oracle posted the root of `epoch`, covering `totalCumulative` tokens in all.
    event RootPosted(uint64 indexed epoch, bytes32 root, uint256 totalCumulative);
    /// @notice `account` was paid `amount`, reaching `cumulativeAmount` claimed in all.
    event Claimed(address indexed account, uint64 indexed epoch, uint256 amount, uint256 cumulativeAmount);
    /// @notice `funder` added `amount` to the rewards.
    event Funded(address indexed funder, uint256 amount);

    // ---------------------------------------------------------------- errors

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

    // ---------------------------------------------------------------- constants

    /// @notice Role allowed to post epoch roots.
    /// @return The role id, `keccak256("ORACLE_ROLE")`.
    function ORACLE_ROLE() external view returns (bytes32);

    // ---------------------------------------------------------------- oracle

    /// @notice Posts the root of `epoch`. Only the oracle may.
    /// @dev Emits `RootPosted`.
    /// @param epoch Epoch number, above the current one (epochs may be skipped).
    /// @param root Root of the `StandardMerkleTree` of `(account, cumulativeAmount)` leaves.
    /// @param total Sum of every leaf's cumulative amount; must be covered by funds.
    function postRoot(uint64 epoch, bytes32 root, uint256 total) external;

    // ---------------------------------------------------------------- claims

    /// @notice Pays `account` everything it earned up to the current root and has not claimed yet.
    /// Anyone may call it for any account; the tokens always go to `account`.
    /// @dev Emits `Claimed`.
    /// @param account The earning account (a leaf's address).
    /// @param cumulativeAmount The account's cumulative earnings in the current root.
    /// @param proof Merkle proof of the leaf `(account, cumulativeAmount)`.
    function claim(address account, uint256 cumulativeAmount, bytes32[] calldata proof) external;

    /// @notice Adds `amount` of the caller's tokens to the rewards.
    /// @dev Needs an allowance of `amount`. Emits `Funded`.
    /// @param amount Tokens added.
    function fund(uint256 amount) external;

    // ---------------------------------------------------------------- views

    /// @notice The reward token.
    /// @return The $MAIA token.
    function token() external view returns (IERC20);

    /// @notice The current root.
    /// @return The root (zero before the first epoch).
    function merkleRoot() external view returns (bytes32);

    /// @notice The epoch of the current root.
    /// @return The epoch (zero before the first).
    function currentEpoch() external view returns (uint64);

    /// @notice Sum of all cumulative amounts in the current root.
    /// @return Tokens.
    function totalCumulative() external view returns (uint256);

    /// @notice Sum of all claims paid so far.
    /// @return Tokens.
    function totalClaimed() external view returns (uint256);

    /// @notice How much `account` has claimed in all.
    /// @param account The account.
    /// @return Tokens.
    function claimed(address account) external view returns (uint256);
}
