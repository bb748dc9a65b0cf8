// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {MaiaToken} from "../../../contracts/token/MaiaToken.sol";
import {ISessionPayments} from "../../../contracts/network/ISessionPayments.sol";
import {SessionPayments} from "../../../contracts/network/SessionPayments.sol";
import {VM} from "./Vm.sol";

/// @notice Fuzz tests of voucher redemption: fee split conservation, single use, expiry, limits.
contract SessionPaymentsFuzzTest {
    uint256 internal constant USER_KEY = 0xA11CE;
    address internal constant POOL = address(0x9001);
    address internal constant TREASURY = address(0xBEEF);

    MaiaToken internal token;
    SessionPayments internal payments;
    address internal user;

    function setUp() public {
        token = new MaiaToken(address(this), address(this), 1_000_000 ether, 1_000_000 ether);
        payments = new SessionPayments(address(this), IERC20(address(token)), TREASURY, POOL, 1_000, 1 days);
        payments.grantRole(payments.OPERATOR_ROLE(), address(this));
        user = VM.addr(USER_KEY);
        token.transfer(user, 1_000_000 ether);
        VM.prank(user);
        token.approve(address(payments), type(uint256).max);
        VM.prank(user);
        payments.deposit(address(this), 1_000_000 ether);
    }

    function _signed(uint256 nonce, uint256 maxAmount, uint256 amount, uint64 expiry)
        internal
        returns (ISessionPayments.Redemption memory)
    {
        ISessionPayments.Voucher memory voucher = ISessionPayments.Voucher(user, address(this), bytes32(nonce), maxAmount, expiry, nonce);
        (uint8 v, bytes32 r, bytes32 s) = VM.sign(USER_KEY, payments.hashVoucher(voucher));
        return ISessionPayments.Redemption(voucher, amount, r, bytes32(uint256(s) | (uint256(v - 27) << 255)));
    }

    /// @notice Whatever the amount and fee rate, the user's debit equals pool credit plus treasury credit.
    function testFuzz_feeSplitConservesTokens(uint96 rawAmount, uint16 rawBps, uint256 nonce) public {
        uint256 amount = uint256(rawAmount) % 1_000_000 ether;
        uint16 bps = rawBps % 10_001;
        payments.setFeeRate(bps);
        payments.redeem(_signed(nonce, amount, amount, uint64(block.timestamp)));
        uint256 pool = token.balanceOf(POOL);
        uint256 treasury = token.balanceOf(TREASURY);
        require(pool + treasury == amount, "split lost or created tokens");
        require(treasury == (amount * bps) / 10_000, "treasury share off");
        require(payments.balanceOf(user, address(this)) == 1_000_000 ether - amount, "user debit off");
    }

    /// @notice Any voucher nonce redeems once, never twice.
    function testFuzz_voucherIsSingleUse(uint256 nonce, uint96 amount) public {
        ISessionPayments.Redemption memory redemption = _signed(nonce, amount, amount % 1 ether, uint64(block.timestamp));
        payments.redeem(redemption);
        require(payments.isNonceUsed(user, address(this), nonce), "nonce not marked");
        VM.expectRevert(abi.encodeWithSelector(ISessionPayments.SessionPaymentsVoucherAlreadyRedeemed.selector, user, nonce));
        payments.redeem(redemption);
    }

    /// @notice A voucher past its expiry, or charged over its maximum, never pays.
    function testFuzz_expiredOrOverLimitFails(uint64 expiry, uint96 maxAmount, uint96 over) public {
        VM.warp(1_700_000_000);
        uint64 past = uint64(expiry % 1_700_000_000);
        ISessionPayments.Redemption memory expired = _signed(1, maxAmount, 0, past);
        VM.expectRevert(abi.encodeWithSelector(ISessionPayments.SessionPaymentsVoucherExpired.selector, user, 1, past));
        payments.redeem(expired);

        uint256 charged = uint256(maxAmount) + 1 + (uint256(over) % 1 ether);
        ISessionPayments.Redemption memory greedy = _signed(2, maxAmount, charged, uint64(block.timestamp));
        VM.expectRevert(
            abi.encodeWithSelector(ISessionPayments.SessionPaymentsAmountExceedsMax.selector, user, 2, charged, maxAmount)
        );
        payments.redeem(greedy);
    }
    /// @notice Another operator can neither redeem a voucher naming this one nor touch the user's
    /// deposit with it, whatever the voucher; its own nonces and deposits are apart.
    function testFuzz_anotherOperatorCannotSpend(address other, uint256 nonce, uint96 rawAmount) public {
        if (other == address(this) || other == address(0)) return;
        uint256 amount = uint256(rawAmount) % 1_000_000 ether;
        payments.grantRole(payments.OPERATOR_ROLE(), other);
        ISessionPayments.Redemption memory redemption = _signed(nonce, amount, amount, uint64(block.timestamp));
        VM.expectRevert(
            abi.encodeWithSelector(
                ISessionPayments.SessionPaymentsWrongOperator.selector, user, nonce, address(this), other
            )
        );
        VM.prank(other);
        payments.redeem(redemption);
        require(payments.balanceOf(user, address(this)) == 1_000_000 ether, "deposit touched");
        require(!payments.isNonceUsed(user, other, nonce), "other operator's nonce marked");
        // The rightful operator still redeems it.
        payments.redeem(redemption);
        require(payments.isNonceUsed(user, address(this), nonce), "nonce not marked");
    }
}
