// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title Prepaid $MAIA balances that pay for inference sessions through signed vouchers
/// @notice A user deposits $MAIA (optionally with an EIP-2612 permit) and, for each session, signs an
/// EIP-712 `Voucher` off-chain: at most `maxAmount`, valid until `expiry`, single-use by `nonce`.
/// The orchestrator (`OPERATOR_ROLE`) redeems vouchers in batches, charging the actual amount of each
/// session. A batch settles with just two token transfers: the provider pool's share and the
/// treasury's share, split by the governed `feeBps`. Withdrawals wait `withdrawalDelay`, and the
/// requested amount stays redeemable until then, so a user cannot pull funds ahead of a pending
/// redemption.
/// `redeemBatch` is all or nothing; `tryRedeemBatch` skips (with an event) any voucher that fails its
/// checks, so one bad voucher cannot block everyone else's settlement.
/// @dev Nonces are unordered: a bitmap per user (256 nonces a storage word), so sessions may be
/// redeemed in any order. Signatures are plain ECDSA (EOAs), compact (r, vs) form (EIP-2098).
contract SessionPayments is AccessControl, EIP712 {
    using SafeERC20 for IERC20;

    /// @notice Role allowed to redeem vouchers (the orchestrator).
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    /// @notice `feeBps` denominator: 10,000 basis points = 100%.
    uint16 public constant BPS = 10_000;
    /// @notice Longest withdrawal delay governance may set.
    uint64 public constant MAX_WITHDRAWAL_DELAY = 30 days;
    /// @notice EIP-712 type hash of `Voucher`.
    bytes32 public constant VOUCHER_TYPEHASH =
        keccak256("Voucher(address user,bytes32 sessionId,uint256 maxAmount,uint64 expiry,uint256 nonce)");

    /// @notice What a user signs to pay for one session.
    /// @param user The paying account (the signer).
    /// @param sessionId Identifier of the session, chosen off-chain.
    /// @param maxAmount Most the session may cost.
    /// @param expiry Last timestamp at which the voucher can be redeemed.
    /// @param nonce Single-use number, any value; each (user, nonce) redeems once.
    struct Voucher {
        address user;
        bytes32 sessionId;
        uint256 maxAmount;
        uint64 expiry;
        uint256 nonce;
    }

    /// @notice A voucher with the amount charged and the user's compact signature.
    /// @param voucher The signed voucher.
    /// @param amount What the session actually cost, at most `voucher.maxAmount`.
    /// @param r Signature `r`.
    /// @param vs Signature `s` with the parity of `v` in its top bit (EIP-2098).
    struct Redemption {
        Voucher voucher;
        uint256 amount;
        bytes32 r;
        bytes32 vs;
    }

    /// @notice A user's pending withdrawal.
    /// @param amount Requested amount (paid out up to the balance left at withdrawal time).
    /// @param unlockAt Timestamp from which it can be withdrawn.
    struct PendingWithdrawal {
        uint192 amount;
        uint64 unlockAt;
    }

    IERC20 private immutable _token;
    address private _treasury;
    address private _providerPool;
    uint16 private _feeBps;
    uint64 private _withdrawalDelay;
    mapping(address user => uint256) private _balances;
    mapping(address user => PendingWithdrawal) private _withdrawals;
    mapping(address user => mapping(uint256 word => uint256 bits)) private _nonceBitmap;

    /// @notice `payer` deposited `amount` to the balance of `user`.
    event Deposited(address indexed payer, address indexed user, uint256 amount);
    /// @notice `user` asked to withdraw `amount` from `unlockAt` on (replacing any earlier request).
    event WithdrawalRequested(address indexed user, uint256 amount, uint64 unlockAt);
    /// @notice `user` cancelled a pending withdrawal.
    event WithdrawalCancelled(address indexed user, uint256 amount);
    /// @notice `user` withdrew `amount`.
    event Withdrawn(address indexed user, uint256 amount);
    /// @notice A voucher was redeemed for `amount`.
    event VoucherRedeemed(address indexed user, bytes32 indexed sessionId, uint256 nonce, uint256 amount);
    /// @notice `tryRedeemBatch` skipped a voucher that failed a check; `reason` is the ABI-encoded custom
    /// error `redeem` would have reverted with (e.g. `SessionPaymentsVoucherAlreadyRedeemed`).
    event RedemptionSkipped(address indexed user, bytes32 indexed sessionId, uint256 nonce, bytes reason);
    /// @notice A batch of `count` vouchers was settled: `providerShare` to the pool, `treasuryShare` to
    /// the treasury.
    event RedemptionsSettled(address indexed operator, uint256 count, uint256 providerShare, uint256 treasuryShare);
    /// @notice Governance changed the fee rate.
    event FeeRateSet(uint16 previousFeeBps, uint16 newFeeBps);
    /// @notice Governance changed the treasury.
    event TreasurySet(address indexed previousTreasury, address indexed newTreasury);
    /// @notice Governance changed the provider pool.
    event ProviderPoolSet(address indexed previousPool, address indexed newPool);
    /// @notice Governance changed the withdrawal delay.
    event WithdrawalDelaySet(uint64 previousDelay, uint64 newDelay);

    /// @notice An address parameter is the zero address.
    /// @param what Which parameter was zero.
    error SessionPaymentsZeroAddress(string what);
    /// @notice The amount is zero.
    error SessionPaymentsZeroAmount();
    /// @notice The balance of `user` is below `needed`.
    error SessionPaymentsInsufficientBalance(address user, uint256 balance, uint256 needed);
    /// @notice `user` has no pending withdrawal.
    error SessionPaymentsNoPendingWithdrawal(address user);
    /// @notice The withdrawal of `user` unlocks only at `unlockAt`.
    error SessionPaymentsWithdrawalLocked(address user, uint64 unlockAt);
    /// @notice The voucher expired at `expiry`.
    error SessionPaymentsVoucherExpired(address user, uint256 nonce, uint64 expiry);
    /// @notice The voucher was already redeemed.
    error SessionPaymentsVoucherAlreadyRedeemed(address user, uint256 nonce);
    /// @notice The amount charged exceeds the voucher's maximum.
    error SessionPaymentsAmountExceedsMax(address user, uint256 nonce, uint256 amount, uint256 maxAmount);
    /// @notice The signature is malformed or not by `user`.
    error SessionPaymentsInvalidSignature(address user, uint256 nonce);
    /// @notice The batch is empty.
    error SessionPaymentsEmptyBatch();
    /// @notice The fee rate is above 100%.
    error SessionPaymentsInvalidFeeRate(uint16 feeBps);
    /// @notice The withdrawal delay is above `MAX_WITHDRAWAL_DELAY`.
    error SessionPaymentsInvalidWithdrawalDelay(uint64 delay, uint64 maxDelay);

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

    /// @notice Deposits `amount` from the caller to the caller's balance.
    /// @dev Needs an allowance of `amount`. Emits `Deposited`.
    /// @param amount Tokens deposited.
    function deposit(uint256 amount) external {
        _deposit(msg.sender, amount);
    }

    /// @notice Deposits `amount` from the caller to the balance of `user` (e.g. a sponsor paying).
    /// @dev Needs an allowance of `amount`. Emits `Deposited`.
    /// @param user Account credited.
    /// @param amount Tokens deposited.
    function depositFor(address user, uint256 amount) external {
        if (user == address(0)) revert SessionPaymentsZeroAddress("user");
        _deposit(user, amount);
    }

    /// @notice Deposits `amount` from the caller, approving it in the same transaction with an
    /// EIP-2612 permit signed by the caller.
    /// @dev A failing permit is ignored when the allowance is already enough (so a front-run permit
    /// cannot block the deposit). Emits `Deposited`.
    /// @param amount Tokens deposited (and the permit's value).
    /// @param deadline Permit deadline.
    /// @param v Permit signature `v`.
    /// @param r Permit signature `r`.
    /// @param s Permit signature `s`.
    function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external {
        try IERC20Permit(address(_token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {}
        catch {
            // Fall through: transferFrom below reverts if the allowance is not there.
        }
        _deposit(msg.sender, amount);
    }

    /// @notice Asks to withdraw `amount` after `withdrawalDelay`, replacing any earlier request.
    /// @dev The amount stays redeemable until withdrawn. Emits `WithdrawalRequested`.
    /// @param amount Tokens to withdraw, at most the current balance.
    function requestWithdrawal(uint256 amount) external {
        if (amount == 0) revert SessionPaymentsZeroAmount();
        uint256 balance = _balances[msg.sender];
        if (amount > balance) revert SessionPaymentsInsufficientBalance(msg.sender, balance, amount);
        uint64 unlockAt = uint64(block.timestamp) + _withdrawalDelay;
        // `amount <= balance <= token supply`, which fits 192 bits for any sane token.
        _withdrawals[msg.sender] = PendingWithdrawal(uint192(amount), unlockAt);
        emit WithdrawalRequested(msg.sender, amount, unlockAt);
    }

    /// @notice Cancels the caller's pending withdrawal.
    /// @dev Emits `WithdrawalCancelled`.
    function cancelWithdrawal() external {
        PendingWithdrawal memory pending = _withdrawals[msg.sender];
        if (pending.amount == 0) revert SessionPaymentsNoPendingWithdrawal(msg.sender);
        delete _withdrawals[msg.sender];
        emit WithdrawalCancelled(msg.sender, pending.amount);
    }

    /// @notice Executes the caller's pending withdrawal once unlocked, paying the requested amount or
    /// whatever is left of the balance after redemptions, whichever is less.
    /// @dev Emits `Withdrawn`.
    function withdraw() external {
        PendingWithdrawal memory pending = _withdrawals[msg.sender];
        if (pending.amount == 0) revert SessionPaymentsNoPendingWithdrawal(msg.sender);
        if (block.timestamp < pending.unlockAt) revert SessionPaymentsWithdrawalLocked(msg.sender, pending.unlockAt);
        uint256 balance = _balances[msg.sender];
        uint256 amount = pending.amount < balance ? pending.amount : balance;
        delete _withdrawals[msg.sender];
        _balances[msg.sender] = balance - amount;
        emit Withdrawn(msg.sender, amount);

        if (amount > 0) _token.safeTransfer(msg.sender, amount);
    }

    // ---------------------------------------------------------------- operator

    /// @notice Redeems one voucher. Only the operator may.
    /// @dev Same checks and events as `redeemBatch`.
    /// @param redemption The voucher, the amount charged and the signature.
    function redeem(Redemption calldata redemption) external onlyRole(OPERATOR_ROLE) {
        uint256 total = _redeem(redemption);
        _settle(1, total);
    }

    /// @notice Redeems a batch of vouchers, all or nothing. Only the operator may.
    /// @dev Each voucher must be unexpired, unredeemed, signed by its user, charge at most its
    /// `maxAmount`, and be covered by the user's balance. Emits `VoucherRedeemed` per voucher, then
    /// one `RedemptionsSettled`; the batch moves tokens with two transfers at most.
    /// @param redemptions The vouchers with their amounts and signatures.
    function redeemBatch(Redemption[] calldata redemptions) external onlyRole(OPERATOR_ROLE) {
        uint256 count = redemptions.length;
        if (count == 0) revert SessionPaymentsEmptyBatch();
        uint256 total;
        for (uint256 i; i < count; ++i) {
            total += _redeem(redemptions[i]);
        }
        _settle(count, total);
    }

    /// @notice Redeems every voucher of a batch that passes its checks and skips the others, so one
    /// bad voucher (replayed, expired, badly signed, over its maximum, uncovered) cannot block the
    /// rest. Only the operator may.
    /// @dev Same checks as `redeemBatch`; a failing voucher changes no state and emits
    /// `RedemptionSkipped` with the custom error it would have reverted with. Emits `VoucherRedeemed`
    /// per redeemed voucher, then one `RedemptionsSettled` (count of redeemed vouchers).
    /// @param redemptions The vouchers with their amounts and signatures.
    /// @return redeemed How many vouchers were redeemed.
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

    /// @notice Sets the treasury's share of redemptions. Only governance may.
    /// @dev Emits `FeeRateSet`.
    /// @param newFeeBps Basis points, at most 10,000.
    function setFeeRate(uint16 newFeeBps) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newFeeBps > BPS) revert SessionPaymentsInvalidFeeRate(newFeeBps);
        uint16 previous = _feeBps;
        _feeBps = newFeeBps;
        emit FeeRateSet(previous, newFeeBps);
    }

    /// @notice Sets the account receiving the fee share. Only governance may.
    /// @dev Emits `TreasurySet`.
    /// @param newTreasury The new treasury, not zero.
    function setTreasury(address newTreasury) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newTreasury == address(0)) revert SessionPaymentsZeroAddress("treasury");
        address previous = _treasury;
        _treasury = newTreasury;
        emit TreasurySet(previous, newTreasury);
    }

    /// @notice Sets the account receiving the providers' share. Only governance may.
    /// @dev Emits `ProviderPoolSet`.
    /// @param newPool The new pool, not zero.
    function setProviderPool(address newPool) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newPool == address(0)) revert SessionPaymentsZeroAddress("providerPool");
        address previous = _providerPool;
        _providerPool = newPool;
        emit ProviderPoolSet(previous, newPool);
    }

    /// @notice Sets the delay of later withdrawal requests. Only governance may.
    /// @dev Emits `WithdrawalDelaySet`.
    /// @param newDelay Seconds, at most `MAX_WITHDRAWAL_DELAY`.
    function setWithdrawalDelay(uint64 newDelay) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newDelay > MAX_WITHDRAWAL_DELAY) {
            revert SessionPaymentsInvalidWithdrawalDelay(newDelay, MAX_WITHDRAWAL_DELAY);
        }
        uint64 previous = _withdrawalDelay;
        _withdrawalDelay = newDelay;
        emit WithdrawalDelaySet(previous, newDelay);
    }

    // ---------------------------------------------------------------- views

    /// @notice The deposited balance of `user`, pending withdrawal included.
    /// @param user The account.
    /// @return Tokens available for redemptions.
    function balanceOf(address user) external view returns (uint256) {
        return _balances[user];
    }

    /// @notice The pending withdrawal of `user` (zero amount when none).
    /// @param user The account.
    /// @return The pending withdrawal.
    function pendingWithdrawal(address user) external view returns (PendingWithdrawal memory) {
        return _withdrawals[user];
    }

    /// @notice Whether the voucher (`user`, `nonce`) was redeemed.
    /// @param user The voucher's user.
    /// @param nonce The voucher's nonce.
    /// @return True once redeemed.
    function isNonceUsed(address user, uint256 nonce) external view returns (bool) {
        return _nonceBitmap[user][nonce >> 8] & (1 << (nonce & 0xff)) != 0;
    }

    /// @notice The EIP-712 digest a user signs for `voucher`.
    /// @param voucher The voucher.
    /// @return The typed-data hash.
    function hashVoucher(Voucher calldata voucher) external view returns (bytes32) {
        return _hashVoucher(voucher);
    }

    /// @notice The payment token.
    /// @return The $MAIA token.
    function token() external view returns (IERC20) {
        return _token;
    }

    /// @notice The account receiving the fee share.
    /// @return The treasury.
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @notice The account receiving the providers' share.
    /// @return The provider pool.
    function providerPool() external view returns (address) {
        return _providerPool;
    }

    /// @notice The treasury's share of redemptions.
    /// @return Basis points.
    function feeBps() external view returns (uint16) {
        return _feeBps;
    }

    /// @notice Seconds between a withdrawal request and its execution.
    /// @return The delay.
    function withdrawalDelay() external view returns (uint64) {
        return _withdrawalDelay;
    }

    // ---------------------------------------------------------------- internals

    function _deposit(address user, uint256 amount) private {
        if (amount == 0) revert SessionPaymentsZeroAmount();
        _balances[user] += amount;
        emit Deposited(msg.sender, user, amount);

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

    /// @dev Checks one voucher and, when every check passes, marks its nonce and debits the user.
    /// Returns the amount charged, or (changing nothing) the ABI-encoded custom error of the first
    /// failed check.
    function _tryRedeem(Redemption calldata redemption) private returns (uint256 amount, bytes memory failure) {
        Voucher calldata voucher = redemption.voucher;
        address user = voucher.user;
        uint256 nonce = voucher.nonce;
        amount = redemption.amount;
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

        mapping(uint256 => uint256) storage bitmap = _nonceBitmap[user];
        uint256 word = nonce >> 8;
        uint256 bit = 1 << (nonce & 0xff);
        uint256 bits = bitmap[word];
        if (bits & bit != 0) return (0, abi.encodeWithSelector(SessionPaymentsVoucherAlreadyRedeemed.selector, user, nonce));
        uint256 balance = _balances[user];
        if (amount > balance) {
            return (0, abi.encodeWithSelector(SessionPaymentsInsufficientBalance.selector, user, balance, amount));
        }

        bitmap[word] = bits | bit;
        unchecked {
            _balances[user] = balance - amount;
        }
        emit VoucherRedeemed(user, voucher.sessionId, nonce, amount);
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
                    VOUCHER_TYPEHASH, voucher.user, voucher.sessionId, voucher.maxAmount, voucher.expiry, voucher.nonce
                )
            )
        );
    }
}
