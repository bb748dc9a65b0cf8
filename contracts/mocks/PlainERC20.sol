// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title Plain OpenZeppelin ERC-20, the gas baseline of `bench/gas`
/// @notice Not deployed by the suite; only benchmarks and tests use it.
contract PlainERC20 is ERC20 {
    /// @param holder Receives `supply`.
    /// @param supply Tokens minted at deployment.
    constructor(address holder, uint256 supply) ERC20("Plain", "PLAIN") {
        _mint(holder, supply);
    }
}
