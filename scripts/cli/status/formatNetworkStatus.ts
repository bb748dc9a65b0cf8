import type { NetworkStatus, StatusNode, Unavailable } from './readNetworkStatus.ts'

const isUnavailable = (part: object): part is Unavailable => 'unavailable' in part

/** One screen: the nodes (model, load, speed, state), the latest epoch and sovereignty. */
export function formatNetworkStatus(status: NetworkStatus): string {
  const routable = status.nodes.filter((node) => nodeState(node, status.readAt) === 'ok').length
  const lines = [
    `MAIA Network at ${status.url}`,
    '',
    `Nodes: ${status.nodes.length} known, ${routable} serving`
  ]
  if (status.nodes.length > 0) {
    // Reputation from quality sampling, when the orchestrator runs it.
    const sampled = status.nodes.some((node) => node.reputation !== undefined)
    lines.push(`  ${'PEER'.padEnd(14)} ${'MODEL'.padEnd(20)} ${'LOAD'.padStart(7)} ${'QUEUE'.padStart(5)} ${'TOK/S'.padStart(7)}${sampled ? ` ${'REP'.padStart(5)}` : ''}  STATE`)
    for (const node of status.nodes) {
      const reputation = sampled ? ` ${(node.reputation === undefined ? '—' : node.reputation.mean.toFixed(2)).padStart(5)}` : ''
      lines.push(`  ${shortPeer(node.peerId).padEnd(14)} ${node.model.name.slice(0, 20).padEnd(20)} ${`${node.inFlight}/${node.maxConcurrent}`.padStart(7)} ${String(node.queueDepth).padStart(5)} ${node.tokensPerSecond.toFixed(1).padStart(7)}${reputation}  ${nodeState(node, status.readAt)}`)
    }
  }
  lines.push('')
  const settlement = status.settlement
  if (isUnavailable(settlement)) {
    lines.push(`Epoch: ${settlement.unavailable}`)
  } else {
    const latest = settlement.latestEpoch
    const chainDown = 'reachable' in settlement.chain && settlement.chain.reachable === false ? ' (chain unreachable)' : ''
    lines.push(latest === undefined
      ? `Epoch: none yet; ${settlement.unassigned} of ${settlement.receipts} receipts awaiting settlement${chainDown}`
      : `Epoch: ${latest.epoch} ${latest.status} (${latest.receiptCount} receipts); ${settlement.unassigned} receipts awaiting the next${chainDown}`)
  }
  const report = status.report
  if (isUnavailable(report)) {
    lines.push(`Sovereignty: ${report.unavailable}`)
  } else {
    const routes = Object.entries(report.requestsByRoute).map(([route, count]) => `${route} ${count}`).join(', ')
    lines.push(`Sovereignty: ${report.sovereigntyPercent.toFixed(1)}% of ${report.sessions} sessions never called Claude (${report.sovereignSessions}/${report.sessions})`)
    lines.push(`Requests: ${report.requests} (${routes}); cost per 1,000 sessions $${report.costUsd.per1000Sessions.toFixed(2)}`)
  }
  return lines.join('\n')
}

function nodeState(node: StatusNode, now: number): string {
  if (node.reputation !== undefined && node.reputation.quarantinedUntil > now) return `quarantined by quality sampling until ${new Date(node.reputation.quarantinedUntil).toISOString()}`
  if (node.quarantinedUntil !== null && node.quarantinedUntil > now) return `quarantined ${Math.ceil((node.quarantinedUntil - now) / 1000)}s`
  if (!node.eligible) return 'not eligible (stake or model)'
  return 'ok'
}

/** Peer ids share a long prefix (`12D3KooW`): the tail tells them apart. */
function shortPeer(peerId: string): string {
  return peerId.length <= 14 ? peerId : `…${peerId.slice(-12)}`
}
