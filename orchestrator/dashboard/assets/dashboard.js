// The MAIA Network dashboard: four pages over the orchestrator's JSON routes, polled with the API
// key the page was opened with (`/dashboard#key=...`). Polling rather than SSE: EventSource cannot
// send headers, and the key must never travel in a query string (query strings land in logs).
// Everything is built with textContent: node names and descriptions come from the network.

const PAGES = ['network', 'cost', 'economy', 'governance']
const KEY_STORAGE = 'maia-dashboard-key'
const ROUTES = ['template', 'network', 'claude', 'safety']
const UNITS = 10n ** 18n

const state = {
  key: sessionStorage.getItem(KEY_STORAGE) ?? '',
  page: 'network',
  pollMs: 2000,
  timer: undefined,
  chart: undefined,
  /** Nodes seen on this page, so one that leaves is shown leaving rather than vanishing. */
  departed: new Map(),
  account: ''
}

// ------------------------------------------------------------------ small helpers

const $ = (id) => document.getElementById(id)

function element(tag, options = {}, children = []) {
  const node = document.createElement(tag)
  if (options.text !== undefined) node.textContent = String(options.text)
  if (options.className) node.className = options.className
  if (options.title) node.title = options.title
  for (const [name, value] of Object.entries(options.data ?? {})) node.dataset[name] = value
  for (const child of children) node.append(child)
  return node
}

const cell = (text, className = '', title = '') => element('td', { text, className, title })

function fillRows(tableId, rows) {
  const body = $(tableId).querySelector('tbody')
  body.replaceChildren(...rows)
}

function cards(containerId, entries) {
  $(containerId).replaceChildren(...entries.map(([label, value, testId]) =>
    element('div', { className: 'card', data: testId ? { card: testId } : {} }, [
      element('span', { className: 'label', text: label }),
      element('span', { className: 'value', text: value })
    ])))
}

const usd = (value) => `$${Number(value).toLocaleString('en-US', { minimumFractionDigits: value !== 0 && Math.abs(value) < 1 ? 4 : 2, maximumFractionDigits: value !== 0 && Math.abs(value) < 1 ? 4 : 2 })}`
const usdWhole = (value) => `$${Math.round(Number(value)).toLocaleString('en-US')}`
const percent = (share) => `${(share * 100).toFixed(0)}%`
const short = (text, keep = 8) => (typeof text === 'string' && text.length > keep * 2 + 1 ? `${text.slice(0, keep)}…${text.slice(-4)}` : String(text ?? '—'))
const dash = (value, format = String) => (value === undefined || value === null ? '—' : format(value))

/** $MAIA base units (a decimal string) as MAIA with up to four decimals. */
function maia(value) {
  if (value === undefined || value === null) return '—'
  const units = BigInt(value)
  const whole = units / UNITS
  const fraction = (units % UNITS).toString().padStart(18, '0').slice(0, 4).replace(/0+$/, '')
  return `${whole.toLocaleString('en-US')}${fraction ? `.${fraction}` : ''} MAIA`
}

function setStatus(text, isError = false) {
  const status = $('status')
  status.textContent = text
  status.classList.toggle('error', isError)
}

class HttpError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

/** GET a JSON route with the key; an error names the route and what the API said. */
async function api(path) {
  const response = await fetch(path, { headers: { 'x-api-key': state.key }, cache: 'no-store' })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new HttpError(response.status, `${path}: ${body?.error?.message ?? response.statusText}`)
  return body
}

/** GET a route that may be absent (404: this orchestrator does not serve it): undefined then. */
async function optional(path) {
  try {
    return await api(path)
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return undefined
    throw error
  }
}

// ------------------------------------------------------------------ Network

async function renderNetwork() {
  const [network, quality, stakes] = await Promise.all([
    api('/v1/network/nodes'),
    optional('/v1/quality').catch(() => undefined),
    optional('/v1/network/stakes').catch(() => undefined)
  ])
  const nodes = network.nodes
  const present = new Set(nodes.map((node) => node.peerId))
  const stakeOf = (address) => {
    if (stakes === undefined) return undefined
    const key = Object.keys(stakes.stakes).find((candidate) => candidate.toLowerCase() === address.toLowerCase())
    return key === undefined ? '0' : stakes.stakes[key]
  }
  const routable = nodes.filter((node) => node.eligible && node.quarantinedUntil === null).length
  cards('network-cards', [
    ['Nodes', String(nodes.length), 'nodes'],
    ['Routable', String(routable), 'routable'],
    ['Models served', network.models.map((model) => `${model.name} (${model.nodes})`).join(', ') || '—', 'models'],
    ['In flight', String(nodes.reduce((sum, node) => sum + node.inFlight, 0)), 'in-flight'],
    ['Quality sampled', quality === undefined ? '—' : percent(quality.sampledShare), 'sampled']
  ])
  const now = Date.now()
  for (const node of nodes) state.departed.set(node.peerId, { node, lastSeen: now })
  // A node that stopped announcing stays a minute, greyed and marked, so a departure is visible.
  const gone = [...state.departed.values()].filter(({ node, lastSeen }) => !present.has(node.peerId) && now - lastSeen < 60_000)
  for (const [peerId, { lastSeen }] of state.departed) if (!present.has(peerId) && now - lastSeen >= 60_000) state.departed.delete(peerId)
  fillRows('nodes-table', [...nodes.map((node) => nodeRow(node, stakeOf, false)), ...gone.map(({ node }) => nodeRow(node, stakeOf, true))])
  $('nodes-empty').hidden = nodes.length > 0
}

function nodeRow(node, stakeOf, gone) {
  const reputation = node.reputation
  const until = node.quarantinedUntil ?? (reputation !== undefined && reputation.quarantinedUntil > Date.now() ? reputation.quarantinedUntil : null)
  const routed = !gone && node.eligible && until === null
  return element('tr', { className: gone ? 'gone' : '', data: { node: node.peerId, state: gone ? 'gone' : 'present' } }, [
    cell(short(node.peerId, 10), 'mono', `${node.peerId}\n${node.ethAddress}`),
    cell(node.model.name, '', node.model.hash),
    cell(dash(stakeOf(node.ethAddress), maia), 'num'),
    cell(maia(node.pricePer1kTokens), 'num'),
    cell(`${node.inFlight + node.queueDepth}/${node.maxConcurrent}${node.queueDepth > 0 ? ` (${node.queueDepth} queued)` : ''}`, 'num'),
    cell(String(node.outstanding ?? node.inFlight), 'num'),
    cell(node.tokensPerSecond.toFixed(1), 'num'),
    cell(node.firstTokenMs === undefined || node.firstTokenMs === null ? '—' : `${Math.round(node.firstTokenMs)} ms`, 'num'),
    cell(reputation === undefined ? '—' : `${reputation.mean.toFixed(2)} (×${reputation.routingWeight.toFixed(2)})`, 'num'),
    cell(String(node.failures + (node.receiptMismatches ?? 0)), 'num', `${node.failures} failures, ${node.receiptMismatches ?? 0} receipt mismatches`),
    element('td', {}, [until !== null ? element('span', { className: 'badge bad', text: `until ${new Date(until).toLocaleTimeString()}` }) : document.createTextNode('—')]),
    element('td', {}, [element('span', { className: `badge ${routed ? 'ok' : 'bad'}`, text: gone ? 'left' : routed ? 'yes' : 'no' })])
  ])
}

// ------------------------------------------------------------------ Sovereignty & cost

async function loadSeed() {
  const response = await fetch('/dashboard/seed.json')
  return (await response.json()).phases
}

async function renderCost() {
  const [report, phases, history, seed] = await Promise.all([
    api('/v1/report'),
    optional('/v1/report/phases'),
    optional('/v1/report/history'),
    loadSeed()
  ])
  const share = report.sovereigntyPercent / 100
  cards('cost-cards', [
    ['Sessions', `${report.sessions} (${report.requests} requests)`, 'sessions'],
    ['Cost per session', usd(report.costUsd.perSession), 'per-session'],
    ['Cost per 1,000 sessions', usd(report.costUsd.per1000Sessions), 'per-1000'],
    ['Without Anthropic', `${report.sovereigntyPercent.toFixed(1)}%`, 'sovereign'],
    ['All-Claude baseline / 1,000', usd(report.allClaudeBaselineUsd.per1000Sessions), 'baseline'],
    ['Cache savings', history === undefined ? '—' : usd(history.cache.savingsUsd), 'cache-savings']
  ])

  const table = $('cost-table')
  const replayed = phases !== undefined && Array.isArray(phases.phases)
  const head = replayed
    ? ['Phase', 'Seed: without Anthropic', 'Seed: per 1,000 sessions', 'Here: without Anthropic', 'Here: per 1,000 sessions']
    : ['Phase', 'Without Anthropic', 'Per 1,000 sessions']
  table.querySelector('thead').replaceChildren(element('tr', {}, head.map((text, index) => element('th', { text, className: index === 0 ? '' : 'num' }))))
  const rows = replayed
    ? phases.phases.map((phase) => element('tr', { data: { phase: phase.phase } }, [
        cell(phase.label),
        cell(percent(phase.seedSovereignShare), 'num'), cell(usdWhole(phase.seedCostPer1000Sessions), 'num'),
        cell(percent(phase.sovereignShare), 'num'), cell(usd(phase.costPer1000Sessions), 'num')
      ]))
    : seed.map((phase) => element('tr', { data: { phase: phase.phase } }, [
        cell(phase.label), cell(percent(phase.sovereignShare), 'num'), cell(usdWhole(phase.costPer1000Sessions), 'num')
      ]))
  const measured = replayed
    ? [cell('This network, measured'), cell('—', 'num'), cell('—', 'num'), cell(`${report.sovereigntyPercent.toFixed(1)}%`, 'num'), cell(usd(report.costUsd.per1000Sessions), 'num')]
    : [cell('This network, measured'), cell(`${report.sovereigntyPercent.toFixed(1)}%`, 'num'), cell(usd(report.costUsd.per1000Sessions), 'num')]
  rows.push(element('tr', { className: 'measured', data: { phase: 'measured' } }, measured))
  fillRows('cost-table', rows)
  $('cost-source').textContent = replayed
    ? `Seed projections next to this network's recorded traffic replayed under each phase's policy (${report.sessions} sessions).`
    : `The seed's projections (the per-phase replay, GET /v1/report/phases, is not served here), and this network's measured figures over ${report.sessions} sessions.`
  $('cost-assumptions').replaceChildren(...(replayed ? phases.assumptions ?? [] : []).map((text) => element('li', { text })))

  const totalRequests = ROUTES.reduce((sum, route) => sum + (report.requestsByRoute[route] ?? 0), 0)
  fillRows('routes-table', ROUTES.map((route) => element('tr', { data: { route } }, [
    cell(route),
    cell(String(report.requestsByRoute[route] ?? 0), 'num'),
    cell(totalRequests === 0 ? '—' : percent((report.requestsByRoute[route] ?? 0) / totalRequests), 'num'),
    cell(String(report.tokensByRoute[route] ?? 0), 'num'),
    cell(String(report.curatorPassagesByRoute?.[route] ?? 0), 'num')
  ])))
  renderCostChart(history?.points ?? [], share)
}

function renderCostChart(points, share) {
  const container = $('cost-chart')
  $('cost-chart-empty').hidden = points.length > 0
  if (points.length === 0 || typeof uPlot === 'undefined') return
  const data = [
    points.map((point) => point.at / 1000),
    points.map((point) => point.sovereigntyPercent),
    points.map((point) => point.costPer1000Sessions),
    points.map((point) => point.allClaudePer1000Sessions)
  ]
  const width = Math.max(320, container.clientWidth || 800)
  if (state.chart !== undefined && state.chart.width === width) {
    state.chart.setData(data)
    return
  }
  state.chart?.destroy()
  state.chart = new uPlot({
    width, height: 300,
    scales: { x: { time: true }, percent: { range: [0, 100] }, usd: { range: (_u, min, max) => [0, Math.max(1, max * 1.1, min)] } },
    axes: [
      {},
      { scale: 'percent', label: 'without Anthropic (%)', values: (_u, ticks) => ticks.map((tick) => `${tick}%`) },
      { scale: 'usd', side: 1, label: '$ per 1,000 sessions', grid: { show: false }, values: (_u, ticks) => ticks.map((tick) => `$${tick}`) }
    ],
    series: [
      {},
      { label: 'without Anthropic', scale: 'percent', stroke: '#2e7d32', width: 2, value: (_u, v) => (v === null ? '—' : `${v.toFixed(1)}%`) },
      { label: 'cost / 1,000 sessions', scale: 'usd', stroke: '#1565c0', width: 2, value: (_u, v) => (v === null ? '—' : usd(v)) },
      { label: 'all-Claude / 1,000', scale: 'usd', stroke: '#c62828', dash: [6, 4], width: 1.5, value: (_u, v) => (v === null ? '—' : usd(v)) }
    ]
  }, data, container)
  container.dataset.share = String(share)
}

// ------------------------------------------------------------------ Economy

async function renderEconomy() {
  const [economy, settlement] = await Promise.all([
    optional('/v1/economy'),
    optional('/v1/settlement').catch(() => undefined)
  ])
  $('economy-unavailable').hidden = economy !== undefined
  if (economy === undefined) {
    $('economy-unavailable').textContent = 'This orchestrator runs without a chain (or without the dashboard\'s chain reader): no epochs, rewards or deposits to show.'
    cards('economy-cards', settlement === undefined ? [] : [['Receipts', String(settlement.receipts)], ['Unsealed receipts', String(settlement.unassigned)]])
    return
  }
  cards('economy-cards', [
    ['Current epoch', String(economy.currentEpoch), 'epoch'],
    ['Rewards posted (cumulative)', maia(economy.totalCumulative), 'total'],
    ['Rewards claimed', maia(economy.totalClaimed), 'claimed'],
    ['Session deposits', `${maia(economy.deposits.total)} (${economy.deposits.count})`, 'deposits'],
    ['Sessions paid', `${maia(economy.deposits.redeemed)} (${economy.deposits.redemptions})`, 'redeemed'],
    ['Treasury fee', `${(economy.feeBps / 100).toFixed(2)}%`, 'fee'],
    ...(settlement === undefined ? [] : [['Receipts (unsealed)', `${settlement.receipts} (${settlement.unassigned})`, 'receipts']])
  ])
  fillRows('epochs-table', economy.epochs.map((epoch) => element('tr', { data: { epoch: String(epoch.epoch) } }, [
    cell(String(epoch.epoch), 'num'), cell(short(epoch.root), 'mono', epoch.root), cell(maia(epoch.totalCumulative), 'num'),
    cell(dash(epoch.gasUsed, (gas) => Number(gas).toLocaleString('en-US')), 'num'), cell(short(epoch.transactionHash), 'mono', epoch.transactionHash)
  ])))
  fillRows('rewards-table', economy.rewards.map((reward) => element('tr', { data: { account: reward.account } }, [
    cell(short(reward.account), 'mono', reward.account), cell(reward.roles.join(', ')), cell(maia(reward.earned), 'num'), cell(maia(reward.claimed), 'num')
  ])))
  fillRows('claims-table', economy.claims.map((claim) => element('tr', {}, [
    cell(short(claim.account), 'mono', claim.account), cell(String(claim.epoch), 'num'), cell(maia(claim.amount), 'num'),
    cell(maia(claim.cumulativeAmount), 'num'), cell(short(claim.transactionHash), 'mono', claim.transactionHash)
  ])))
  if (state.account !== '') await renderAccount(state.account)
}

async function renderAccount(address) {
  const account = await api(`/v1/economy/accounts/${address}`)
  const result = $('account-result')
  const summary = element('div', { className: 'cards' }, [
    ['Balance', maia(account.balance)], ['Deposited', maia(account.deposited)], ['Spent', `${maia(account.spent)} (${account.sessions.length} sessions)`],
    ['Earned', maia(account.earned)], ['Claimed', maia(account.claimed)]
  ].map(([label, value]) => element('div', { className: 'card' }, [element('span', { className: 'label', text: label }), element('span', { className: 'value', text: value })])))
  const table = element('table', { className: 'striped' }, [
    element('thead', {}, [element('tr', {}, ['Session', 'Paid', 'Block', 'Transaction'].map((text) => element('th', { text })))]),
    element('tbody', {}, account.sessions.map((session) => element('tr', {}, [
      cell(short(session.sessionId), 'mono', session.sessionId), cell(maia(session.amount), 'num'), cell(String(session.blockNumber), 'num'), cell(short(session.transactionHash), 'mono', session.transactionHash)
    ])))
  ])
  result.replaceChildren(summary, table)
}

// ------------------------------------------------------------------ Governance

async function renderGovernance() {
  const governance = await optional('/v1/governance')
  $('governance-unavailable').hidden = governance !== undefined
  if (governance === undefined) {
    $('governance-unavailable').textContent = 'This orchestrator runs without a chain (or without the dashboard\'s chain reader): no model registry or proposals to show.'
    return
  }
  const active = governance.models.find((model) => model.active)
  cards('governance-cards', [
    ['Active model', active === undefined ? 'none' : `${active.name} (#${active.id})`, 'active-model'],
    ['Active model SHA-256', active === undefined ? '—' : short(active.ggufSha256, 10), 'active-hash'],
    ['Model versions', String(governance.models.length), 'models'],
    ['Evaluation to activate', governance.evaluationRequired ? 'required' : 'not required', 'evaluation-required'],
    ['Proposals', String(governance.proposals.length), 'proposals']
  ])
  fillRows('models-table', governance.models.map((model) => element('tr', { className: model.active ? 'measured' : '', data: { model: String(model.id) } }, [
    cell(String(model.id), 'num'), cell(model.name), cell(short(model.ggufSha256, 10), 'mono', model.ggufSha256), cell(short(model.uri, 16), 'mono', model.uri),
    cell(short(model.trainer), 'mono', model.trainer), cell(new Date(model.submittedAt * 1000).toLocaleString()),
    cell(model.active ? `${model.status}, active` : model.status),
    element('td', { className: 'mono', title: model.datasetHash ?? '', text: model.datasetHash === null ? '—' : short(model.datasetHash, 10), data: { field: 'dataset' } }),
    ...evaluationCells(model.evaluation)
  ])))
  fillRows('proposals-table', governance.proposals.map((proposal) => element('tr', { data: { proposal: proposal.id } }, [
    cell(short(proposal.id, 6), 'mono', proposal.id), cell(proposal.description), cell(proposal.state),
    cell(maia(proposal.votes.for), 'num'), cell(maia(proposal.votes.against), 'num'), cell(maia(proposal.votes.abstain), 'num'),
    cell(short(proposal.proposer), 'mono', proposal.proposer)
  ])))
}

/** Only web links become links: a report at ipfs:// (or anything else) is shown, never followed. */
function reportLink(uri) {
  let url
  try {
    url = new URL(uri)
  } catch {
    return element('span', { className: 'mono', text: short(uri, 16), title: uri })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return element('span', { className: 'mono', text: short(uri, 16), title: uri })
  const link = element('a', { className: 'mono', text: short(uri, 16), title: uri })
  link.href = url.href
  link.rel = 'noopener noreferrer'
  link.target = '_blank'
  return link
}

/** A model's verdict (badge and baseline), report (hash and where to read it) and evaluator: four cells. */
function evaluationCells(evaluation) {
  if (evaluation === null || evaluation === undefined) {
    return ['verdict', 'report', 'report-uri', 'evaluator'].map((field) => element('td', { text: '—', data: { field } }))
  }
  const verdict = element('span', { className: `badge ${evaluation.passed ? 'ok' : 'bad'}`, text: evaluation.passed ? 'passed' : 'failed' })
  const baseline = evaluation.baselineId === 0 ? 'no baseline' : `vs #${evaluation.baselineId}`
  const recorded = `recorded ${new Date(evaluation.recordedAt * 1000).toLocaleString()}`
  return [
    element('td', { title: recorded, data: { field: 'verdict', verdict: evaluation.passed ? 'passed' : 'failed' } }, [verdict, ` ${baseline}`]),
    element('td', { className: 'mono', text: short(evaluation.reportHash, 10), title: evaluation.reportHash, data: { field: 'report' } }),
    element('td', { data: { field: 'report-uri' } }, [reportLink(evaluation.uri)]),
    element('td', { className: 'mono', text: short(evaluation.evaluator), title: evaluation.evaluator, data: { field: 'evaluator' } })
  ]
}

// ------------------------------------------------------------------ navigation and polling

const RENDER = { network: renderNetwork, cost: renderCost, economy: renderEconomy, governance: renderGovernance }

async function refresh() {
  clearTimeout(state.timer)
  const page = state.page
  try {
    await RENDER[page]()
    setStatus(`Updated ${new Date().toLocaleTimeString()} · refreshing every ${(state.pollMs / 1000).toFixed(1)} s`)
    document.body.dataset.loaded = page
  } catch (error) {
    const hint = error instanceof HttpError && error.status === 401 ? ' (this page needs an operator key: open it with #key=<admin key>)' : ''
    setStatus(`${error.message}${hint}`, true)
  }
  if (page === state.page) state.timer = setTimeout(refresh, state.pollMs)
}

function show(page) {
  state.page = PAGES.includes(page) ? page : 'network'
  for (const name of PAGES) $(`page-${name}`).hidden = name !== state.page
  for (const link of document.querySelectorAll('#tabs a')) {
    if (link.dataset.page === state.page) link.setAttribute('aria-current', 'page')
    else link.removeAttribute('aria-current')
  }
  delete document.body.dataset.loaded
  void refresh()
}

/** `#key=K&page=cost&poll=500`: the key is kept for this tab and removed from the address bar. */
function readFragment() {
  const fragment = location.hash.slice(1)
  if (!fragment.includes('=')) return { page: fragment || undefined }
  const parameters = new URLSearchParams(fragment)
  const key = parameters.get('key')
  if (key) {
    state.key = key
    sessionStorage.setItem(KEY_STORAGE, key)
  }
  const poll = Number(parameters.get('poll'))
  if (Number.isFinite(poll) && poll >= 200) state.pollMs = poll
  const page = parameters.get('page') ?? undefined
  history.replaceState(null, '', `${location.pathname}${location.search}#${page ?? state.page}`)
  return { page }
}

function start() {
  const { page } = readFragment()
  $('login-form').addEventListener('submit', (event) => {
    event.preventDefault()
    state.key = $('login-key').value.trim()
    sessionStorage.setItem(KEY_STORAGE, state.key)
    $('login').hidden = true
    show(state.page)
  })
  $('account-form').addEventListener('submit', (event) => {
    event.preventDefault()
    state.account = $('account-address').value.trim()
    renderAccount(state.account).catch((error) => setStatus(error.message, true))
  })
  window.addEventListener('hashchange', () => {
    const next = readFragment().page
    if (next !== undefined && next !== state.page) show(next)
  })
  window.addEventListener('resize', () => { state.chart?.setSize({ width: Math.max(320, $('cost-chart').clientWidth), height: 300 }) })
  if (state.key === '') {
    $('login').hidden = false
    state.page = page ?? 'network'
    setStatus('No API key yet: open the link `maia up` prints, or enter a key.')
    return
  }
  show(page ?? 'network')
}

start()
