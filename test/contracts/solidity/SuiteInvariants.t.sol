// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {SuiteHandler} from "./SuiteHandler.sol";

/// @notice Invariants of the token-moving contracts under random operation sequences driven by
/// `SuiteHandler` (Hardhat 3 Solidity invariant testing; no forge-std).
contract SuiteInvariantsTest {
    SuiteHandler internal handler;

    function setUp() public {
        handler = new SuiteHandler();
    }

    /// @notice Only the handler is called by the invariant fuzzer.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// @notice The handler's registrations go through (each carries the node key's EIP-712 consent),
    /// so the registry invariants below are not vacuous.
    function test_handlerRegistersNodesWithTheirConsent() public {
        handler.register(0, 5);
        handler.register(1, 7);
        require(handler.registry().isRegistered(handler.nodes(0)), "first node not registered");
        require(handler.registry().getNode(handler.nodes(1)).provider == handler.providers(1), "second node's provider");
        require(handler.registry().registrationNonce(handler.nodes(1)) == 1, "nonce not consumed");
    }

    /// @notice Nothing is created or lost: all holders add up to the fixed total supply.
    function invariant_supplyIsConserved() public view {
        require(handler.sumOfHolders() == handler.token().totalSupply(), "balances do not add up to the supply");
        require(handler.token().totalSupply() == 10_000_000 ether, "supply changed");
    }

    /// @notice The payments contract holds exactly the users' deposited balances.
    function invariant_paymentsHoldDeposits() public view {
        require(
            handler.token().balanceOf(address(handler.payments())) == handler.sumOfDeposits(),
            "payments holdings differ from deposits"
        );
    }

    /// @notice The registry holds exactly the active and unbonding stakes.
    function invariant_registryHoldsStakes() public view {
        require(
            handler.token().balanceOf(address(handler.registry())) == handler.sumOfStakes(),
            "registry holdings differ from stakes"
        );
    }

    /// @notice A bounded slasher never slashes more than its cap in one period, more than its share of
    /// a node in one slash, without evidence, or citing evidence it already cited against the node.
    function invariant_boundedSlasherStaysWithinLimits() public view {
        require(handler.maxBoundedInAnyPeriod() <= handler.BOUNDED_CAP(), "bounded slasher exceeded its cap");
        require(!handler.boundViolated(), "bounded slash above its share, without evidence or with reused evidence");
    }

    /// @notice A top-up raises the active stake, except another account's top-up of a node without
    /// active stake, which joins its unbonding amount (so it cannot keep an exiting node registered).
    function invariant_topUpsLandWhereDocumented() public view {
        require(!handler.topUpMisrouted(), "top-up landed in the wrong place");
    }

    /// @notice The registry's per-node totals account for every slash.
    function invariant_slashedTotalsMatchSlashes() public view {
        require(handler.sumOfSlashedTotals() == handler.slashedSum(), "slashed totals differ from slashes");
    }

    /// @notice The distributor can always pay what the current root still owes.
    function invariant_rewardsAreSolvent() public view {
        uint256 held = handler.token().balanceOf(address(handler.rewards()));
        require(held + handler.rewards().totalClaimed() >= handler.rewards().totalCumulative(), "rewards insolvent");
    }
}
