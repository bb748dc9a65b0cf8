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

    /// @notice What a user signs to pay for one session, at one operator.
    /// @param user The paying account (the signer).
    /// @param operator The only account that may redeem it, charging the user's deposit with that
    /// operator: a voucher shown to another orchestrator is worthless there, and one deposit never backs
    /// two orchestrators' sessions.
    /// @param sessionId Identifier of the session, chosen off-chain.
    /// @param maxAmount Most the session may cost.
    /// @param expiry Last timestamp at which the voucher can be redeemed.
    /// @param nonce Single-use number, any value; each (user, operator, nonce) redeems once.
    struct Voucher {
        address user;
        address operator;
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

    /// @notice A user's pending withdrawal from the deposit with one operator.
    /// @param amount Requested amount (paid out up to the balance left at withdrawal time).
    /// @param unlockAt Timestamp from which it can be withdrawn.
    struct PendingWithdrawal {
        uint192 amount;
        uint64 unlockAt;
    }

    // ---------------------------------------------------------------- events

    /// @notice `payer` deposited `amount` to the balance of `user` with `operator`.
    event Deposited(address indexed payer, address indexed user, address indexed operator, uint256 amount);
    /// @notice `user` asked to withdraw `amount` of its deposit with `operator` from `unlockAt` on
    /// (replacing any earlier request for that deposit).
    event WithdrawalRequested(address indexed user, address indexed operator, uint256 amount, uint64 unlockAt);
    /// @notice `user` cancelled a pending withdrawal from its deposit with `operator`.
    event WithdrawalCancelled(address indexed user, address indexed operator, uint256 amount);
    /// @notice `user` withdrew `amount` from its deposit with `operator`.
    event Withdrawn(address indexed user, address indexed operator, uint256 amount);
    /// @notice A voucher was redeemed for `amount` by `operator`, from the user's deposit with it.
    event VoucherRedeemed(address indexed user, bytes32 indexed sessionId, address indexed operator, uint256 nonce, uint256 amount);
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
    /// @notice The balance of `user` with `operator` is below `needed`.
    error SessionPaymentsInsufficientBalance(address user, address operator, uint256 balance, uint256 needed);
    /// @notice `user` has no pending withdrawal from its deposit with `operator`.
    error SessionPaymentsNoPendingWithdrawal(address user, address operator);
    /// @notice The withdrawal of `user` from its deposit with `operator` unlocks only at `unlockAt`.
    error SessionPaymentsWithdrawalLocked(address user, address operator, uint64 unlockAt);
    /// @notice Deposits go only to accounts holding `OPERATOR_ROLE`; `operator` does not.
    error SessionPaymentsNotOperator(address operator);
    /// @notice The voucher names `operator` as its redeemer, not the caller.
    error SessionPaymentsWrongOperator(address user, uint256 nonce, address operator, address caller);
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
    /// @return `Voucher(address user,address operator,bytes32 sessionId,uint256 maxAmount,uint64 expiry,uint256 nonce)`.
    function VOUCHER_TYPE() external view returns (string memory);

    /// @notice EIP-712 type hash of `Voucher`.
    /// @return `keccak256(bytes(VOUCHER_TYPE))`.
    function VOUCHER_TYPEHASH() external view returns (bytes32);

    // ---------------------------------------------------------------- users

    /// @notice Deposits `amount` from the caller to the caller's balance with `operator`, the one
    /// orchestrator that may redeem the caller's vouchers against it.
    /// @dev Needs an allowance of `amount`; `operator` must hold `OPERATOR_ROLE`. Emits `Deposited`.
    /// @param operator The orchestrator this deposit pays.
    /// @param amount Tokens deposited.
    function deposit(address operator, uint256 amount) external;

    /// @notice Deposits `amount` from the caller to the balance of `user` with `operator` (e.g. a
    /// sponsor paying).
    /// @dev Needs an allowance of `amount`; `operator` must hold `OPERATOR_ROLE`. Emits `Deposited`.
    /// @param user Account credited.
    /// @param operator The orchestrator this deposit pays.
    /// @param amount Tokens deposited.
    function depositFor(address user, address operator, uint256 amount) external;

    /// @notice Deposits `amount` from the caller, approving it in the same transaction with an
    /// EIP-2612 permit signed by the caller.
    /// @dev A failing permit is ignored when the allowance is already enough (so a front-run permit
    /// cannot block the deposit). Emits `Deposited`.
    /// @param operator The orchestrator this deposit pays.
    /// @param amount Tokens deposited (and the permit's value).
    /// @param deadline Permit deadline.
    /// @param v Permit signature `v`.
    /// @param r Permit signature `r`.
    /// @param s Permit signature `s`.
    function depositWithPermit(address operator, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external;

    /// @notice Asks to withdraw `amount` of the caller's deposit with `operator` after
    /// `withdrawalDelay`, replacing any earlier request for that deposit.
    /// @dev The amount stays redeemable by `operator` until withdrawn. Emits `WithdrawalRequested`.
    /// @param operator The orchestrator whose deposit is withdrawn from.
    /// @param amount Tokens to withdraw, at most the current balance with `operator`.
    function requestWithdrawal(address operator, uint256 amount) external;

    /// @notice Cancels the caller's pending withdrawal from its deposit with `operator`.
    /// @dev Emits `WithdrawalCancelled`.
    /// @param operator The orchestrator whose deposit it concerns.
    function cancelWithdrawal(address operator) external;

    /// @notice Executes the caller's pending withdrawal from its deposit with `operator` once unlocked,
    /// paying the requested amount or whatever is left of that balance after redemptions, whichever is
    /// less.
    /// @dev Emits `Withdrawn`.
    /// @param operator The orchestrator whose deposit is withdrawn from.
    function withdraw(address operator) external;

    // ---------------------------------------------------------------- operator

    /// @notice Redeems one voucher naming the caller as its operator. Only an operator may.
    /// @dev Same checks and events as `redeemBatch`.
    /// @param redemption The voucher, the amount charged and the signature.
    function redeem(Redemption calldata redemption) external;

    /// @notice Redeems a batch of vouchers, all or nothing. Only an operator may.
    /// @dev Each voucher must name the caller as its operator, be unexpired, unredeemed, signed by its
    /// user, charge at most its `maxAmount`, and be covered by the user's balance with the caller. Emits `VoucherRedeemed` per voucher, then
    /// one `RedemptionsSettled`; the batch moves tokens with two transfers at most.
    /// @param redemptions The vouchers with their amounts and signatures.
    function redeemBatch(Redemption[] calldata redemptions) external;

    /// @notice Redeems every voucher of a batch that passes its checks and skips the others, so one
    /// bad voucher (replayed, expired, badly signed, over its maximum, uncovered, another operator's)
    /// cannot block the rest. Only an operator may.
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

    /// @notice The balance `user` deposited with `operator`, pending withdrawal included.
    /// @param user The account.
    /// @param operator The orchestrator the deposit pays.
    /// @return Tokens available for `operator`'s redemptions of the user's vouchers.
    function balanceOf(address user, address operator) external view returns (uint256);

    /// @notice The pending withdrawal of `user` from its deposit with `operator` (zero amount when none).
    /// @param user The account.
    /// @param operator The orchestrator the deposit pays.
    /// @return The pending withdrawal.
    function pendingWithdrawal(address user, address operator) external view returns (PendingWithdrawal memory);

    /// @notice Whether `operator` redeemed a voucher of `user` with `nonce` (nonces are per operator).
    /// @param user The voucher's user.
    /// @param operator The voucher's operator.
    /// @param nonce The voucher's nonce.
    /// @return True once redeemed.
    function isNonceUsed(address user, address operator, uint256 nonce) external view returns (bool);

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
