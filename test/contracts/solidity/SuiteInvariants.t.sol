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

    /// @notice The distributor can always pay what the current root still owes.
    function invariant_rewardsAreSolvent() public view {
        uint256 held = handler.token().balanceOf(address(handler.rewards()));
        require(held + handler.rewards().totalClaimed() >= handler.rewards().totalCumulative(), "rewards insolvent");
    }
}
