// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title Interface of `SessionPayments`: its records, events, errors and external functions
/// @notice What clients (the orchestrator, wallets signing vouchers, other contracts) program
/// against. `SessionPayments` inherits it, so every struct, event and error is declared once, here.
/// @dev `VOUCHER_TYPE` is the one string both `VOUCHER_TYPEHASH` and the TypeScript typed-data types
/// (`shared/chain/eip712Types.ts`) derive from; `test/contracts/eip712Types.test.ts` keeps them equal.
interface ISessionPayments {
    // ---------------------------------------------------------------- structs

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

    // ---------------------------------------------------------------- events

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

    // ---------------------------------------------------------------- errors

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

    // ---------------------------------------------------------------- constants

    /// @notice Role allowed to redeem vouchers (the orchestrator).
    /// @return The role id, `keccak256("OPERATOR_ROLE")`.
    function OPERATOR_ROLE() external view returns (bytes32);

    /// @notice `feeBps` denominator: 10,000 basis points = 100%.
    /// @return 10,000.
    function BPS() external view returns (uint16);

    /// @notice Longest withdrawal delay governance may set.
    /// @return Seconds (30 days).
    function MAX_WITHDRAWAL_DELAY() external view returns (uint64);

    /// @notice EIP-712 `encodeType` of `Voucher`, the string `VOUCHER_TYPEHASH` hashes.
    /// @return `Voucher(address user,bytes32 sessionId,uint256 maxAmount,uint64 expiry,uint256 nonce)`.
    function VOUCHER_TYPE() external view returns (string memory);

    /// @notice EIP-712 type hash of `Voucher`.
    /// @return `keccak256(bytes(VOUCHER_TYPE))`.
    function VOUCHER_TYPEHASH() external view returns (bytes32);

    // ---------------------------------------------------------------- users

    /// @notice Deposits `amount` from the caller to the caller's balance.
    /// @dev Needs an allowance of `amount`. Emits `Deposited`.
    /// @param amount Tokens deposited.
    function deposit(uint256 amount) external;

    /// @notice Deposits `amount` from the caller to the balance of `user` (e.g. a sponsor paying).
    /// @dev Needs an allowance of `amount`. Emits `Deposited`.
    /// @param user Account credited.
    /// @param amount Tokens deposited.
    function depositFor(address user, uint256 amount) external;

    /// @notice Deposits `amount` from the caller, approving it in the same transaction with an
    /// EIP-2612 permit signed by the caller.
    /// @dev A failing permit is ignored when the allowance is already enough (so a front-run permit
    /// cannot block the deposit). Emits `Deposited`.
    /// @param amount Tokens deposited (and the permit's value).
    /// @param deadline Permit deadline.
    /// @param v Permit signature `v`.
    /// @param r Permit signature `r`.
    /// @param s Permit signature `s`.
    function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external;

    /// @notice Asks to withdraw `amount` after `withdrawalDelay`, replacing any earlier request.
    /// @dev The amount stays redeemable until withdrawn. Emits `WithdrawalRequested`.
    /// @param amount Tokens to withdraw, at most the current balance.
    function requestWithdrawal(uint256 amount) external;

    /// @notice Cancels the caller's pending withdrawal.
    /// @dev Emits `WithdrawalCancelled`.
    function cancelWithdrawal() external;

    /// @notice Executes the caller's pending withdrawal once unlocked, paying the requested amount or
    /// whatever is left of the balance after redemptions, whichever is less.
    /// @dev Emits `Withdrawn`.
    function withdraw() external;

    // ---------------------------------------------------------------- operator

    /// @notice Redeems one voucher. Only the operator may.
    /// @dev Same checks and events as `redeemBatch`.
    /// @param redemption The voucher, the amount charged and the signature.
    function redeem(Redemption calldata redemption) external;

    /// @notice Redeems a batch of vouchers, all or nothing. Only the operator may.
    /// @dev Each voucher must be unexpired, unredeemed, signed by its user, charge at most its
    /// `maxAmount`, and be covered by the user's balance. Emits `VoucherRedeemed` per voucher, then
    /// one `RedemptionsSettled`; the batch moves tokens with two transfers at most.
    /// @param redemptions The vouchers with their amounts and signatures.
    function redeemBatch(Redemption[] calldata redemptions) external;

    /// @notice Redeems every voucher of a batch that passes its checks and skips the others, so one
    /// bad voucher (replayed, expired, badly signed, over its maximum, uncovered) cannot block the
    /// rest. Only the operator may.
    /// @dev Same checks as `redeemBatch`; a failing voucher changes no state and emits
    /// `RedemptionSkipped` with the custom error it would have reverted with. Emits `VoucherRedeemed`
    /// per redeemed voucher, then one `RedemptionsSettled` (count of redeemed vouchers).
    /// @param redemptions The vouchers with their amounts and signatures.
    /// @return redeemed How many vouchers were redeemed.
    function tryRedeemBatch(Redemption[] calldata redemptions) external returns (uint256 redeemed);

    // ---------------------------------------------------------------- governance

    /// @notice Sets the treasury's share of redemptions. Only governance may.
    /// @dev Emits `FeeRateSet`.
    /// @param newFeeBps Basis points, at most 10,000.
    function setFeeRate(uint16 newFeeBps) external;

    /// @notice Sets the account receiving the fee share. Only governance may.
    /// @dev Emits `TreasurySet`.
    /// @param newTreasury The new treasury, not zero.
    function setTreasury(address newTreasury) external;

    /// @notice Sets the account receiving the providers' share. Only governance may.
    /// @dev Emits `ProviderPoolSet`.
    /// @param newPool The new pool, not zero.
    function setProviderPool(address newPool) external;

    /// @notice Sets the delay of later withdrawal requests. Only governance may.
    /// @dev Emits `WithdrawalDelaySet`.
    /// @param newDelay Seconds, at most `MAX_WITHDRAWAL_DELAY`.
    function setWithdrawalDelay(uint64 newDelay) external;

    // ---------------------------------------------------------------- views

    /// @notice The deposited balance of `user`, pending withdrawal included.
    /// @param user The account.
    /// @return Tokens available for redemptions.
    function balanceOf(address user) external view returns (uint256);

    /// @notice The pending withdrawal of `user` (zero amount when none).
    /// @param user The account.
    /// @return The pending withdrawal.
    function pendingWithdrawal(address user) external view returns (PendingWithdrawal memory);

    /// @notice Whether the voucher (`user`, `nonce`) was redeemed.
    /// @param user The voucher's user.
    /// @param nonce The voucher's nonce.
    /// @return True once redeemed.
    function isNonceUsed(address user, uint256 nonce) external view returns (bool);

    /// @notice The EIP-712 digest a user signs for `voucher`.
    /// @param voucher The voucher.
    /// @return The typed-data hash.
    function hashVoucher(Voucher calldata voucher) external view returns (bytes32);

    /// @notice The payment token.
    /// @return The $MAIA token.
    function token() external view returns (IERC20);

    /// @notice The account receiving the fee share.
    /// @return The treasury.
    function treasury() external view returns (address);

    /// @notice The account receiving the providers' share.
    /// @return The provider pool.
    function providerPool() external view returns (address);

    /// @notice The treasury's share of redemptions.
    /// @return Basis points.
    function feeBps() external view returns (uint16);

    /// @notice Seconds between a withdrawal request and its execution.
    /// @return The delay.
    function withdrawalDelay() external view returns (uint64);
}
