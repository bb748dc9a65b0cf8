// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Capped} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Capped.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {IMaiaToken} from "./IMaiaToken.sol";

/// @title MAIA Network token ($MAIA)
/// @notice ERC-20 with EIP-2612 permit and ERC-5805 voting power (timestamp clock), under a hard cap.
/// New supply is minted only by holders of `MINTER_ROLE`, a role that governance (the timelock)
/// grants and revokes; it is used to fund rewards.
/// @dev The initial supply is minted to `initialHolder` at deployment and counts against the cap.
/// Its own error is declared in `IMaiaToken`.
contract MaiaToken is IMaiaToken, ERC20, ERC20Permit, ERC20Votes, ERC20Capped, AccessControl {
    /// @inheritdoc IMaiaToken
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (the deployer, who hands it to the timelock).
    /// @param initialHolder Receives the initial supply.
    /// @param initialSupply Tokens minted at deployment (18 decimals), at most `cap_`.
    /// @param cap_ Maximum total supply, ever.
    constructor(address admin, address initialHolder, uint256 initialSupply, uint256 cap_)
        ERC20("MAIA", "MAIA")
        ERC20Permit("MAIA")
        ERC20Capped(cap_)
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (initialSupply > 0) {
            if (initialHolder == address(0)) revert MaiaTokenInvalidInitialHolder(initialSupply);
            _mint(initialHolder, initialSupply);
        }
    }

    /// @inheritdoc IMaiaToken
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @notice The clock used for voting checkpoints: the block timestamp (ERC-6372).
    /// @return The current timestamp, as `uint48`.
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice Describes the clock (ERC-6372): timestamps.
    /// @return The machine-readable clock description.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @notice The next permit / delegation-by-signature nonce of `owner`.
    /// @param owner Account whose nonce is read.
    /// @return The current nonce.
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @dev Every balance change: cap check, then vote checkpoints.
    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes, ERC20Capped) {
        super._update(from, to, value);
    }
}
