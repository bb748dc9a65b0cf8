// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ISessionPayments} from "./ISessionPayments.sol";

/// @title Prepaid $MAIA balances that pay for inference sessions through signed vouchers
/// @notice A user deposits $MAIA with an orchestrator (an `OPERATOR_ROLE` account; optionally with an
/// EIP-2612 permit) and, for each session, signs an EIP-712 `Voucher` off-chain naming that operator:
/// at most `maxAmount`, valid until `expiry`, single-use by `nonce`. Only the named operator redeems
/// it, in batches, charging the actual amount of each session to the user's deposit with it. Deposits
/// are per (user, operator), like payment channels: an orchestrator that checks a deposit before
/// serving knows no other orchestrator can spend it, and a voucher shown to two orchestrators is
/// worth something at one only. A batch settles with just two token transfers: the provider pool's share and the
/// treasury's share, split by the governed `feeBps`. Withdrawals (per deposit) wait
/// `withdrawalDelay`, and the requested amount stays redeemable until then, so a user cannot pull
/// funds ahead of a pending redemption.
/// `redeemBatch` is all or nothing; `tryRedeemBatch` skips (with an event) any voucher that fails its
/// checks, so one bad voucher cannot block everyone else's settlement.
/// @dev Nonces are unordered: a bitmap per (user, operator) (256 nonces a storage word), so sessions
/// may be redeemed in any order. Per operator, not per user: a nonce one orchestrator checked unused
/// cannot be burnt by another orchestrator redeeming a voucher the user signed it with there. Signatures are plain ECDSA (EOAs), compact (r, vs) form (EIP-2098).
/// Structs, events and errors are declared in `ISessionPayments`.
contract SessionPayments is ISessionPayments, AccessControl, EIP712 {
    using SafeERC20 for IERC20;

    /// @inheritdoc ISessionPayments
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    /// @inheritdoc ISessionPayments
    uint16 public constant BPS = 10_000;
    /// @inheritdoc ISessionPayments
    uint64 public constant MAX_WITHDRAWAL_DELAY = 30 days;
    /// @inheritdoc ISessionPayments
    string public constant VOUCHER_TYPE =
        "Voucher(address user,address operator,bytes32 sessionId,uint256 maxAmount,uint64 expiry,uint256 nonce)";
    /// @inheritdoc ISessionPayments
    /// @dev The literal repeats `VOUCHER_TYPE` so the compiler folds the hash into the bytecode
    /// (`keccak256(bytes(VOUCHER_TYPE))` would be recomputed at every redemption); a test checks the two.
    bytes32 public constant VOUCHER_TYPEHASH =
        keccak256(
            "Voucher(address user,address operator,bytes32 sessionId,uint256 maxAmount,uint64 expiry,uint256 nonce)"
        );

    IERC20 private immutable _token;
    address private _treasury;
    address private _providerPool;
    uint16 private _feeBps;
    uint64 private _withdrawalDelay;
    mapping(address user => mapping(address operator => uint256)) private _balances;
    mapping(address user => mapping(address operator => PendingWithdrawal)) private _withdrawals;
    mapping(address user => mapping(address operator => mapping(uint256 word => uint256 bits))) private _nonceBitmap;

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (the deployer, who hands it to the timelock).
    /// @param token_ The payment token ($MAIA).
    /// @param treasury_ Receives the fee share of redemptions.
    /// @param providerPool_ Receives the providers' share (the rewards distributor).
    /// @param feeBps_ Treasury share of each redemption, in basis points.
    /// @param withdrawalDelay_ Seconds between a withdrawal request and its execution.
    constructor(
        address admin,
        IERC20 token_,
        address treasury_,
        address providerPool_,
        uint16 feeBps_,
        uint64 withdrawalDelay_
    ) EIP712("MAIA SessionPayments", "1") {
        if (address(token_) == address(0)) revert SessionPaymentsZeroAddress("token");
        if (treasury_ == address(0)) revert SessionPaymentsZeroAddress("treasury");
        if (providerPool_ == address(0)) revert SessionPaymentsZeroAddress("providerPool");
        if (feeBps_ > BPS) revert SessionPaymentsInvalidFeeRate(feeBps_);
        if (withdrawalDelay_ > MAX_WITHDRAWAL_DELAY) {
            revert SessionPaymentsInvalidWithdrawalDelay(withdrawalDelay_, MAX_WITHDRAWAL_DELAY);
        }
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _token = token_;
        _treasury = treasury_;
        _providerPool = providerPool_;
        _feeBps = feeBps_;
        _withdrawalDelay = withdrawalDelay_;
        emit TreasurySet(address(0), treasury_);
        emit ProviderPoolSet(address(0), providerPool_);
        emit FeeRateSet(0, feeBps_);
        emit WithdrawalDelaySet(0, withdrawalDelay_);
    }

    // ---------------------------------------------------------------- users

    /// @inheritdoc ISessionPayments
    function deposit(address operator, uint256 amount) external {
        _deposit(msg.sender, operator, amount);
    }

    /// @inheritdoc ISessionPayments
    function depositFor(address user, address operator, uint256 amount) external {
        if (user == address(0)) revert SessionPaymentsZeroAddress("user");
        _deposit(user, operator, amount);
    }

    /// @inheritdoc ISessionPayments
    function depositWithPermit(address operator, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
    {
        try IERC20Permit(address(_token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {}
        catch {
            // Fall through: transferFrom below reverts if the allowance is not there.
        }
        _deposit(msg.sender, operator, amount);
    }

    /// @inheritdoc ISessionPayments
    function requestWithdrawal(address operator, uint256 amount) external {
        if (amount == 0) revert SessionPaymentsZeroAmount();
        uint256 balance = _balances[msg.sender][operator];
        if (amount > balance) revert SessionPaymentsInsufficientBalance(msg.sender, operator, balance, amount);
        uint64 unlockAt = uint64(block.timestamp) + _withdrawalDelay;
        // `amount <= balance <= token supply`, which fits 192 bits for any sane token.
        _withdrawals[msg.sender][operator] = PendingWithdrawal(uint192(amount), unlockAt);
        emit WithdrawalRequested(msg.sender, operator, amount, unlockAt);
    }

    /// @inheritdoc ISessionPayments
    function cancelWithdrawal(address operator) external {
        PendingWithdrawal memory pending = _withdrawals[msg.sender][operator];
        if (pending.amount == 0) revert SessionPaymentsNoPendingWithdrawal(msg.sender, operator);
        delete _withdrawals[msg.sender][operator];
        emit WithdrawalCancelled(msg.sender, operator, pending.amount);
    }

    /// @inheritdoc ISessionPayments
    function withdraw(address operator) external {
        PendingWithdrawal memory pending = _withdrawals[msg.sender][operator];
        if (pending.amount == 0) revert SessionPaymentsNoPendingWithdrawal(msg.sender, operator);
        if (block.timestamp < pending.unlockAt) {
            revert SessionPaymentsWithdrawalLocked(msg.sender, operator, pending.unlockAt);
        }
        uint256 balance = _balances[msg.sender][operator];
        uint256 amount = pending.amount < balance ? pending.amount : balance;
        delete _withdrawals[msg.sender][operator];
        _balances[msg.sender][operator] = balance - amount;
        emit Withdrawn(msg.sender, operator, amount);

        if (amount > 0) _token.safeTransfer(msg.sender, amount);
    }

    // ---------------------------------------------------------------- operator

    /// @inheritdoc ISessionPayments
    function redeem(Redemption calldata redemption) external onlyRole(OPERATOR_ROLE) {
        uint256 total = _redeem(redemption);
        _settle(1, total);
    }

    /// @inheritdoc ISessionPayments
    function redeemBatch(Redemption[] calldata redemptions) external onlyRole(OPERATOR_ROLE) {
        uint256 count = redemptions.length;
        if (count == 0) revert SessionPaymentsEmptyBatch();
        uint256 total;
        for (uint256 i; i < count; ++i) {
            total += _redeem(redemptions[i]);
        }
        _settle(count, total);
    }

    /// @inheritdoc ISessionPayments
    function tryRedeemBatch(Redemption[] calldata redemptions)
        external
        onlyRole(OPERATOR_ROLE)
        returns (uint256 redeemed)
    {
        uint256 count = redemptions.length;
        if (count == 0) revert SessionPaymentsEmptyBatch();
        uint256 total;
        for (uint256 i; i < count; ++i) {
            (uint256 amount, bytes memory failure) = _tryRedeem(redemptions[i]);
            if (failure.length == 0) {
                total += amount;
                ++redeemed;
            } else {
                Voucher calldata voucher = redemptions[i].voucher;
                emit RedemptionSkipped(voucher.user, voucher.sessionId, voucher.nonce, failure);
            }
        }
        _settle(redeemed, total);
    }

    // ---------------------------------------------------------------- governance

    /// @inheritdoc ISessionPayments
    function setFeeRate(uint16 newFeeBps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newFeeBps > BPS) revert SessionPaymentsInvalidFeeRate(newFeeBps);
        uint16 previous = _feeBps;
        _feeBps = newFeeBps;
        emit FeeRateSet(previous, newFeeBps);
    }

    /// @inheritdoc ISessionPayments
    function setTreasury(address newTreasury) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newTreasury == address(0)) revert SessionPaymentsZeroAddress("treasury");
        address previous = _treasury;
        _treasury = newTreasury;
        emit TreasurySet(previous, newTreasury);
    }

    /// @inheritdoc ISessionPayments
    function setProviderPool(address newPool) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newPool == address(0)) revert SessionPaymentsZeroAddress("providerPool");
        address previous = _providerPool;
        _providerPool = newPool;
        emit ProviderPoolSet(previous, newPool);
    }

    /// @inheritdoc ISessionPayments
    function setWithdrawalDelay(uint64 newDelay) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newDelay > MAX_WITHDRAWAL_DELAY) {
            revert SessionPaymentsInvalidWithdrawalDelay(newDelay, MAX_WITHDRAWAL_DELAY);
        }
        uint64 previous = _withdrawalDelay;
        _withdrawalDelay = newDelay;
        emit WithdrawalDelaySet(previous, newDelay);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc ISessionPayments
    function balanceOf(address user, address operator) external view returns (uint256) {
        return _balances[user][operator];
    }

    /// @inheritdoc ISessionPayments
    function pendingWithdrawal(address user, address operator) external view returns (PendingWithdrawal memory) {
        return _withdrawals[user][operator];
    }

    /// @inheritdoc ISessionPayments
    function isNonceUsed(address user, address operator, uint256 nonce) external view returns (bool) {
        return _nonceBitmap[user][operator][nonce >> 8] & (1 << (nonce & 0xff)) != 0;
    }

    /// @inheritdoc ISessionPayments
    function hashVoucher(Voucher calldata voucher) external view returns (bytes32) {
        return _hashVoucher(voucher);
    }

    /// @inheritdoc ISessionPayments
    function token() external view returns (IERC20) {
        return _token;
    }

    /// @inheritdoc ISessionPayments
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @inheritdoc ISessionPayments
    function providerPool() external view returns (address) {
        return _providerPool;
    }

    /// @inheritdoc ISessionPayments
    function feeBps() external view returns (uint16) {
        return _feeBps;
    }

    /// @inheritdoc ISessionPayments
    function withdrawalDelay() external view returns (uint64) {
        return _withdrawalDelay;
    }

    // ---------------------------------------------------------------- internals

    function _deposit(address user, address operator, uint256 amount) private {
        if (amount == 0) revert SessionPaymentsZeroAmount();
        // Only redeemers can ever spend a deposit: one made with any other address (a typo, a revoked
        // operator) could only be withdrawn again after the delay.
        if (!hasRole(OPERATOR_ROLE, operator)) revert SessionPaymentsNotOperator(operator);
        _balances[user][operator] += amount;
        emit Deposited(msg.sender, user, operator, amount);

        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @dev Checks one voucher, marks its nonce, debits the user. Returns the amount charged; reverts
    /// with the failed check's custom error.
    function _redeem(Redemption calldata redemption) private returns (uint256 amount) {
        bytes memory failure;
        (amount, failure) = _tryRedeem(redemption);
        if (failure.length != 0) {
            assembly ("memory-safe") {
                revert(add(failure, 0x20), mload(failure))
            }
        }
    }

    /// @dev Checks one voucher and, when every check passes, marks its nonce and debits the user's
    /// deposit with the caller (who must be the voucher's operator).
    /// Returns the amount charged, or (changing nothing) the ABI-encoded custom error of the first
    /// failed check.
    function _tryRedeem(Redemption calldata redemption) private returns (uint256 amount, bytes memory failure) {
        Voucher calldata voucher = redemption.voucher;
        address user = voucher.user;
        uint256 nonce = voucher.nonce;
        amount = redemption.amount;
        if (voucher.operator != msg.sender) {
            return (
                0,
                abi.encodeWithSelector(
                    SessionPaymentsWrongOperator.selector, user, nonce, voucher.operator, msg.sender
                )
            );
        }
        if (block.timestamp > voucher.expiry) {
            return (0, abi.encodeWithSelector(SessionPaymentsVoucherExpired.selector, user, nonce, voucher.expiry));
        }
        if (amount > voucher.maxAmount) {
            return (0, abi.encodeWithSelector(SessionPaymentsAmountExceedsMax.selector, user, nonce, amount, voucher.maxAmount));
        }
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(_hashVoucher(voucher), redemption.r, redemption.vs);
        if (err != ECDSA.RecoverError.NoError || signer != user) {
            return (0, abi.encodeWithSelector(SessionPaymentsInvalidSignature.selector, user, nonce));
        }

        failure = _spend(user, nonce, amount);
        if (failure.length != 0) return (0, failure);
        emit VoucherRedeemed(user, voucher.sessionId, msg.sender, nonce, amount);
    }

    /// @dev Marks (`user`, `nonce`) used and debits `amount` from the user's deposit with the caller,
    /// or (changing nothing) returns the ABI-encoded error of the check that failed. Apart from
    /// `_tryRedeem` so that neither function runs out of stack slots.
    function _spend(address user, uint256 nonce, uint256 amount) private returns (bytes memory failure) {
        mapping(uint256 => uint256) storage bitmap = _nonceBitmap[user][msg.sender];
        uint256 word = nonce >> 8;
        uint256 bit = 1 << (nonce & 0xff);
        uint256 bits = bitmap[word];
        if (bits & bit != 0) return abi.encodeWithSelector(SessionPaymentsVoucherAlreadyRedeemed.selector, user, nonce);
        uint256 balance = _balances[user][msg.sender];
        if (amount > balance) {
            return abi.encodeWithSelector(SessionPaymentsInsufficientBalance.selector, user, msg.sender, balance, amount);
        }

        bitmap[word] = bits | bit;
        unchecked {
            _balances[user][msg.sender] = balance - amount;
        }
    }

    /// @dev Pays out a settled batch: providers' share to the pool, the fee to the treasury.
    function _settle(uint256 count, uint256 total) private {
        uint256 treasuryShare = (total * _feeBps) / BPS;
        uint256 providerShare = total - treasuryShare;
        emit RedemptionsSettled(msg.sender, count, providerShare, treasuryShare);

        if (providerShare > 0) _token.safeTransfer(_providerPool, providerShare);
        if (treasuryShare > 0) _token.safeTransfer(_treasury, treasuryShare);
    }

    function _hashVoucher(Voucher calldata voucher) private view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    VOUCHER_TYPEHASH,
                    voucher.user,
                    voucher.operator,
                    voucher.sessionId,
                    voucher.maxAmount,
                    voucher.expiry,
                    voucher.nonce
                )
            )
        );
    }
}
