// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title MAIA governance timelock
/// @notice OpenZeppelin `TimelockController`: it executes what `MaiaGovernor` passed, after
/// `getMinDelay()` seconds. It holds `DEFAULT_ADMIN_ROLE` on every MAIA contract and is the treasury.
/// @dev Deployed with the deployer as temporary admin, who grants the proposer and canceller roles
/// to the governor and then renounces.
contract MaiaTimelock is TimelockController {
    /// @param minDelay Seconds between queueing and execution.
    /// @param proposers Accounts allowed to schedule (the governor).
    /// @param executors Accounts allowed to execute; `address(0)` lets anyone.
    /// @param admin Optional temporary admin (zero for none).
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
