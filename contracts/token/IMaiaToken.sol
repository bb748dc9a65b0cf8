// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title The MAIA-specific part of `MaiaToken`: its error and minting function
/// @notice The token is otherwise standard: ERC-20 (`IERC20`), EIP-2612 (`IERC20Permit`) and
/// ERC-5805 votes (`IVotes`), whose events and errors OpenZeppelin declares. `MaiaToken` inherits it.
interface IMaiaToken {
    /// @notice The initial holder is the zero address while an initial supply is requested.
    /// @param initialSupply The supply that could not be minted.
    error MaiaTokenInvalidInitialHolder(uint256 initialSupply);

    /// @notice Role allowed to mint new tokens, up to the cap.
    /// @return The role id, `keccak256("MINTER_ROLE")`.
    function MINTER_ROLE() external view returns (bytes32);

    /// @notice Mints `amount` new tokens to `to`. Only holders of `MINTER_ROLE` may.
    /// @dev Reverts with `ERC20ExceededCap` past the cap and `AccessControlUnauthorizedAccount`
    /// for callers without `MINTER_ROLE`. Emits `Transfer(0, to, amount)`.
    /// @param to Recipient of the new tokens.
    /// @param amount Amount to mint.
    function mint(address to, uint256 amount) external;
}
