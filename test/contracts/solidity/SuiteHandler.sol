// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {MaiaToken} from "../../../contracts/token/MaiaToken.sol";
import {INodeRegistry} from "../../../contracts/network/INodeRegistry.sol";
import {NodeRegistry} from "../../../contracts/network/NodeRegistry.sol";
import {ISessionPayments} from "../../../contracts/network/ISessionPayments.sol";
import {SessionPayments} from "../../../contracts/network/SessionPayments.sol";
import {RewardsDistributor} from "../../../contracts/network/RewardsDistributor.sol";
import {VM} from "./Vm.sol";

/// @notice Drives the token-moving contracts with bounded random operations for the invariant test:
/// deposits, voucher redemptions, withdrawal requests and executions, node registrations, top-ups,
/// unstakes, unbonded withdrawals, slashes (unbounded by governance, bounded by a capped slasher), epoch roots
/// and claims. The handler itself holds every operational role (operator, oracle, slasher), the
/// registry's admin role and the initial supply.
contract SuiteHandler {
    uint256 internal constant SUPPLY = 10_000_000 ether;
    uint256 internal constant MIN_STAKE = 10 ether;
    address public constant TREASURY = address(0xBEEF);
    /// @notice A slasher other than governance (the handler), bounded by `BOUNDED_CAP` per period and
    /// `BOUNDED_BPS` of a node's stake per slash.
    address public constant BOUNDED_SLASHER = address(0x5A5A);
    uint256 public constant BOUNDED_CAP = 50 ether;
    uint16 public constant BOUNDED_BPS = 2_500;

    MaiaToken public immutable token;
    NodeRegistry public immutable registry;
    SessionPayments public immutable payments;
    RewardsDistributor public immutable rewards;

    uint256[3] internal _userKeys = [uint256(0xA11CE), uint256(0xB0B), uint256(0xCA401)];
    address[3] public users;
    address[2] public providers = [address(0x9001), address(0x9002)];
    address[] public nodes;
    mapping(address node => address provider) public providerOf;

    uint256 internal _nonce;
    uint64 internal _epoch;
    uint256[2] internal _earned;
    uint256 public redemptions;

    /// @notice Everything slashed, by the handler and the bounded slasher.
    uint256 public slashedSum;
    /// @notice What the bounded slasher slashed per `SLASH_PERIOD`, and the most in any one period.
    mapping(uint256 period => uint256) public boundedSlashedIn;
    uint256 public maxBoundedInAnyPeriod;
    /// @notice Set when a bounded slash succeeded above its share of the node, without evidence, or
    /// citing evidence a bounded slash already cited against that node.
    bool public boundViolated;
    /// @notice Evidence the bounded slasher cited per node.
    mapping(address node => mapping(bytes32 evidence => bool)) internal _boundedEvidenceUsed;
    /// @notice Set when a top-up landed anywhere but the active stake (or, for another account's
    /// top-up of a node without active stake, the unbonding amount under the same `unbondingEnd`).
    bool public topUpMisrouted;

    constructor() {
        token = new MaiaToken(address(this), address(this), SUPPLY, SUPPLY);
        rewards = new RewardsDistributor(address(this), IERC20(address(token)));
        registry = new NodeRegistry(address(this), IERC20(address(token)), TREASURY, MIN_STAKE, 7 days);
        payments = new SessionPayments(address(this), IERC20(address(token)), TREASURY, address(rewards), 1_000, 1 days);
        registry.grantRole(registry.SLASHER_ROLE(), address(this));
        registry.grantRole(registry.SLASHER_ROLE(), BOUNDED_SLASHER);
        registry.setSlasherLimit(BOUNDED_SLASHER, BOUNDED_CAP, BOUNDED_BPS);
        payments.grantRole(payments.OPERATOR_ROLE(), address(this));
        rewards.grantRole(rewards.ORACLE_ROLE(), address(this));
        for (uint256 i; i < 3; ++i) {
            users[i] = VM.addr(_userKeys[i]);
            token.transfer(users[i], 100_000 ether);
            VM.prank(users[i]);
            token.approve(address(payments), type(uint256).max);
        }
        for (uint256 i; i < 2; ++i) {
            token.transfer(providers[i], 100_000 ether);
            VM.prank(providers[i]);
            token.approve(address(registry), type(uint256).max);
        }
    }

    // ------------------------------------------------------------ operations

    function deposit(uint256 userSeed, uint256 amount) external {
        address user = users[userSeed % 3];
        uint256 held = token.balanceOf(user);
        if (held == 0) return;
        amount = 1 + (amount % held);
        VM.prank(user);
        payments.deposit(address(this), amount);
    }

    function redeem(uint256 userSeed, uint256 percent, uint256 slack) external {
        uint256 index = userSeed % 3;
        address user = users[index];
        uint256 amount = (payments.balanceOf(user, address(this)) * (percent % 101)) / 100;
        ISessionPayments.Voucher memory voucher = ISessionPayments.Voucher({
            user: user,
            operator: address(this),
            sessionId: keccak256(abi.encode(_nonce)),
            maxAmount: amount + (slack % 1 ether),
            expiry: uint64(block.timestamp + 1 hours),
            nonce: ++_nonce
        });
        (uint8 v, bytes32 r, bytes32 s) = VM.sign(_userKeys[index], payments.hashVoucher(voucher));
        bytes32 vs = bytes32(uint256(s) | (uint256(v - 27) << 255));
        ISessionPayments.Redemption[] memory batch = new ISessionPayments.Redemption[](1);
        batch[0] = ISessionPayments.Redemption(voucher, amount, r, vs);
        payments.redeemBatch(batch);
        ++redemptions;
        // The same voucher can never be redeemed again.
        try payments.redeemBatch(batch) {
            revert("replayed voucher accepted");
        } catch {}
    }

    function requestWithdrawal(uint256 userSeed, uint256 percent) external {
        address user = users[userSeed % 3];
        uint256 amount = (payments.balanceOf(user, address(this)) * (1 + percent % 100)) / 100;
        if (amount == 0) return;
        VM.prank(user);
        payments.requestWithdrawal(address(this), amount);
    }

    function withdraw(uint256 userSeed) external {
        address user = users[userSeed % 3];
        if (payments.pendingWithdrawal(user, address(this)).amount == 0) return;
        VM.warp(block.timestamp + 1 days);
        VM.prank(user);
        payments.withdraw(address(this));
    }

    function register(uint256 providerSeed, uint256 extra) external {
        address provider = providers[providerSeed % 2];
        uint256 nodeKey = 0x100000 + nodes.length;
        address node = VM.addr(nodeKey);
        nodes.push(node);
        providerOf[node] = provider;
        string memory peerId = string(abi.encodePacked("peer-", node));
        uint256 deadline = block.timestamp;
        bytes32 digest = registry.hashNodeRegistration(provider, peerId, registry.registrationNonce(node), deadline);
        (uint8 v, bytes32 r, bytes32 sig) = VM.sign(nodeKey, digest);
        VM.prank(provider);
        registry.register(node, peerId, "", MIN_STAKE + (extra % 100 ether), deadline, abi.encodePacked(r, sig, v));
    }

    /// @dev Either provider tops up any node: its own, or the other's.
    function topUp(uint256 nodeSeed, uint256 payerSeed, uint256 amount) external {
        address node = _node(nodeSeed);
        if (node == address(0) || !registry.isRegistered(node)) return;
        _topUp(node, providers[payerSeed % 2], 1 + (amount % 10 ether));
    }

    /// @dev `payer` tops `node` up by `amount` and checks where the tokens landed.
    function _topUp(address node, address payer, uint256 amount) internal {
        if (token.balanceOf(payer) < amount) return;
        INodeRegistry.Node memory before = registry.getNode(node);
        VM.prank(payer);
        registry.increaseStake(node, amount);
        INodeRegistry.Node memory now_ = registry.getNode(node);
        bool joinsUnbonding = before.stake == 0 && payer != providerOf[node];
        bool routed = joinsUnbonding
            ? now_.stake == 0 && now_.unbonding == before.unbonding + amount && now_.unbondingEnd == before.unbondingEnd
            : now_.stake == before.stake + amount && now_.unbonding == before.unbonding;
        if (!routed) topUpMisrouted = true;
    }

    function unstake(uint256 nodeSeed, uint256 percent) external {
        address node = _node(nodeSeed);
        if (node == address(0) || !registry.isRegistered(node)) return;
        uint256 stake = registry.getNode(node).stake;
        // One time in four, everything: the node is leaving.
        uint256 amount = percent % 4 == 0 ? stake : (stake * (1 + percent % 100)) / 100;
        if (amount == 0) return;
        VM.prank(providerOf[node]);
        registry.requestUnstake(node, amount);
        // A node leaving gets 1 wei from the other provider, which must not keep it registered.
        if (amount == stake) _topUp(node, providerOf[node] == providers[0] ? providers[1] : providers[0], 1);
    }

    function withdrawUnbonded(uint256 nodeSeed) external {
        address node = _node(nodeSeed);
        if (node == address(0) || !registry.isRegistered(node) || registry.getNode(node).unbonding == 0) return;
        VM.warp(block.timestamp + 7 days);
        VM.prank(providerOf[node]);
        registry.withdrawUnbonded(node);
    }

    function slash(uint256 nodeSeed, uint256 percent) external {
        address node = _node(nodeSeed);
        if (node == address(0) || !registry.isRegistered(node)) return;
        INodeRegistry.Node memory entry = registry.getNode(node);
        uint256 amount = ((entry.stake + entry.unbonding) * (1 + percent % 100)) / 100;
        if (amount == 0) return;
        registry.slash(node, amount, keccak256(abi.encode(node, amount)), "invariant test");
        slashedSum += amount;
    }

    /// @dev The bounded slasher tries any share of a node, sometimes without evidence, and replays
    /// the evidence of each slash that went through for 1 wei; the registry must refuse whatever
    /// breaks its limit.
    function boundedSlash(uint256 nodeSeed, uint256 percent, bool withEvidence) external {
        address node = _node(nodeSeed);
        if (node == address(0) || !registry.isRegistered(node)) return;
        INodeRegistry.Node memory entry = registry.getNode(node);
        uint256 available = entry.stake + entry.unbonding;
        uint256 amount = (available * (1 + percent % 100)) / 100;
        if (amount == 0) return;
        bytes32 evidence = withEvidence ? keccak256(abi.encode(node, amount, "bounded")) : bytes32(0);
        bool replayed = _boundedEvidenceUsed[node][evidence];
        VM.prank(BOUNDED_SLASHER);
        try registry.slash(node, amount, evidence, "bounded invariant test") {
            slashedSum += amount;
            if (!withEvidence || replayed || amount * registry.BPS() > available * BOUNDED_BPS) boundViolated = true;
            _boundedEvidenceUsed[node][evidence] = true;
            _countBounded(amount);
            VM.prank(BOUNDED_SLASHER);
            try registry.slash(node, 1, evidence, "bounded replay") {
                slashedSum += 1;
                boundViolated = true;
                _countBounded(1);
            } catch {}
        } catch {}
    }

    /// @dev Shares out what the distributor holds beyond what the last root owes, between both
    /// providers, posts the two-leaf root and lets the chosen ones claim.
    function epoch(uint256 weight, bool claim0, bool claim1) external {
        uint256 unallocated = token.balanceOf(address(rewards)) + rewards.totalClaimed() - rewards.totalCumulative();
        uint256 share0 = (unallocated * (weight % 101)) / 100;
        _earned[0] += share0;
        _earned[1] += unallocated - share0;
        bytes32 leaf0 = _leaf(providers[0], _earned[0]);
        bytes32 leaf1 = _leaf(providers[1], _earned[1]);
        bytes32 root = leaf0 < leaf1 ? keccak256(abi.encode(leaf0, leaf1)) : keccak256(abi.encode(leaf1, leaf0));
        rewards.postRoot(++_epoch, root, _earned[0] + _earned[1]);
        if (claim0) _claim(0, leaf1);
        if (claim1) _claim(1, leaf0);
    }

    function warp(uint256 seconds_) external {
        VM.warp(block.timestamp + (seconds_ % 3 days));
    }

    // ------------------------------------------------------------ views for invariants

    /// @notice Balances of every account that can ever hold tokens here.
    function sumOfHolders() external view returns (uint256 sum) {
        for (uint256 i; i < 3; ++i) sum += token.balanceOf(users[i]);
        for (uint256 i; i < 2; ++i) sum += token.balanceOf(providers[i]);
        sum += token.balanceOf(address(this)) + token.balanceOf(TREASURY);
        sum += token.balanceOf(address(payments)) + token.balanceOf(address(registry)) + token.balanceOf(address(rewards));
    }

    /// @notice What the payments contract owes its users.
    function sumOfDeposits() external view returns (uint256 sum) {
        for (uint256 i; i < 3; ++i) sum += payments.balanceOf(users[i], address(this));
    }

    /// @notice The registry's total slashed over every node ever registered.
    function sumOfSlashedTotals() external view returns (uint256 sum) {
        for (uint256 i; i < nodes.length; ++i) sum += registry.slashedTotal(nodes[i]);
    }

    /// @notice What the registry owes providers (active plus unbonding stake of every node).
    function sumOfStakes() external view returns (uint256 sum) {
        for (uint256 i; i < nodes.length; ++i) {
            if (!registry.isRegistered(nodes[i])) continue;
            INodeRegistry.Node memory entry = registry.getNode(nodes[i]);
            sum += entry.stake + entry.unbonding;
        }
    }

    // ------------------------------------------------------------ internals

    /// @dev Counts `amount` slashed by the bounded slasher in the current period.
    function _countBounded(uint256 amount) internal {
        uint256 period = block.timestamp / registry.SLASH_PERIOD();
        uint256 inPeriod = boundedSlashedIn[period] + amount;
        boundedSlashedIn[period] = inPeriod;
        if (inPeriod > maxBoundedInAnyPeriod) maxBoundedInAnyPeriod = inPeriod;
    }

    function _claim(uint256 index, bytes32 sibling) internal {
        address account = providers[index];
        if (_earned[index] <= rewards.claimed(account)) return;
        bytes32[] memory proof = new bytes32[](1);
        proof[0] = sibling;
        rewards.claim(account, _earned[index], proof);
        // A second claim against the same root pays nothing and reverts.
        try rewards.claim(account, _earned[index], proof) {
            revert("double claim accepted");
        } catch {}
    }

    function _leaf(address account, uint256 amount) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account, amount))));
    }

    function _node(uint256 seed) internal view returns (address) {
        return nodes.length == 0 ? address(0) : nodes[seed % nodes.length];
    }
}
