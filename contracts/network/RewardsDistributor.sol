// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IRewardsDistributor} from "./IRewardsDistributor.sol";

/// @title Epoch rewards of providers, curators and trainers, claimed against Merkle roots
/// @notice Each epoch the oracle (`ORACLE_ROLE`) posts the root of a Merkle tree of *cumulative*
/// earnings per account since genesis. Anyone claims for an account `cumulative - claimed` with a
/// proof against the latest root, so one claim catches up every epoch since the last one. The tree is
/// an OpenZeppelin `StandardMerkleTree` with leaf types `["address", "uint256"]`.
/// @dev A root is accepted only if the distributor holds enough to pay it in full:
/// `balance + totalClaimed >= totalCumulative`. Funding arrives as plain transfers (the provider
/// share of session payments) or through `fund`. Events and errors are declared in
/// `IRewardsDistributor`.
contract RewardsDistributor is IRewardsDistributor, AccessControl {
    using SafeERC20 for IERC20;

    /// @inheritdoc IRewardsDistributor
    bytes32 public constant ORACLE_ROLE = keccak256("ORACLE_ROLE");

    IERC20 private immutable _token;
    bytes32 private _merkleRoot;
    uint64 private _epoch;
    uint256 private _totalCumulative;
    uint256 private _totalClaimed;
    mapping(address account => uint256) private _claimed;

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (the deployer, who hands it to the timelock).
    /// @param token_ The reward token ($MAIA).
    constructor(address admin, IERC20 token_) {
        if (address(token_) == address(0)) revert RewardsZeroToken();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _token = token_;
    }

    /// @inheritdoc IRewardsDistributor
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

    /// @inheritdoc IRewardsDistributor
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

    /// @inheritdoc IRewardsDistributor
    function fund(uint256 amount) external {
        if (amount == 0) revert RewardsZeroAmount();
        emit Funded(msg.sender, amount);

        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc IRewardsDistributor
    function token() external view returns (IERC20) {
        return _token;
    }

    /// @inheritdoc IRewardsDistributor
    function merkleRoot() external view returns (bytes32) {
        return _merkleRoot;
    }

    /// @inheritdoc IRewardsDistributor
    function currentEpoch() external view returns (uint64) {
        return _epoch;
    }

    /// @inheritdoc IRewardsDistributor
    function totalCumulative() external view returns (uint256) {
        return _totalCumulative;
    }

    /// @inheritdoc IRewardsDistributor
    function totalClaimed() external view returns (uint256) {
        return _totalClaimed;
    }

    /// @inheritdoc IRewardsDistributor
    function claimed(address account) external view returns (uint256) {
        return _claimed[account];
    }
}
