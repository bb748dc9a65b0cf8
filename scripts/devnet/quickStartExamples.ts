/** What an app needs to call the devnet: where, with which key, and (on a chain) which voucher. */
export interface QuickStartTarget {
  apiUrl: string
  apiKey: string
  /** A file holding an `x-maia-voucher` header value for the demo user (devnets on a chain). */
  voucherFile?: string
  /** How to open another voucher when this one is spent or expired. */
  openVoucherCommand?: string
}

const EXAMPLE_BODY = { model: 'maia', max_tokens: 48, stream: true, messages: [{ role: 'user', content: 'What is the shadow in me?' }] }

/**
 * The example `curl` exactly as `maia up` prints it, one line so it can be pasted as is. The
 * voucher is read from its file by the shell, so the command works without exporting anything.
 *
 * @example
 * exampleCurlCommand({ apiUrl: 'http://127.0.0.1:8787', apiKey: 'k' })
 * // curl -sS -N http://127.0.0.1:8787/v1/messages -H 'x-api-key: k' ...
 */
export function exampleCurlCommand(target: QuickStartTarget): string {
  return [
    `curl -sS -N ${target.apiUrl}/v1/messages`,
    `-H 'x-api-key: ${target.apiKey}'`,
    ...(target.voucherFile === undefined ? [] : [`-H "x-maia-voucher: $(cat '${target.voucherFile}')"`]),
    "-H 'content-type: application/json'",
    `-d '${JSON.stringify(EXAMPLE_BODY)}'`
  ].join(' ')
}

/**
 * The "try it" block `maia up` prints: the `curl` above, and how an Anthropic or OpenAI SDK app
 * sends the same key and voucher (`defaultHeaders`), and how to open a new voucher.
 */
export function formatQuickStartExamples(target: QuickStartTarget): string {
  const voucherHeader = target.voucherFile === undefined
    ? ''
    : `, defaultHeaders: { 'x-maia-voucher': readFileSync('${target.voucherFile}', 'utf8').trim() }`
  return [
    'Try:',
    `  ${exampleCurlCommand(target)}`,
    '',
    'From an app (the SDKs need only the base URL, the key and, on a paid network, the voucher header):',
    ...(target.voucherFile === undefined ? [] : ["  import { readFileSync } from 'node:fs'"]),
    `  const anthropic = new Anthropic({ baseURL: '${target.apiUrl}', apiKey: '${target.apiKey}'${voucherHeader} })`,
    `  const openai = new OpenAI({ baseURL: '${target.apiUrl}/v1', apiKey: '${target.apiKey}'${voucherHeader} })`,
    ...(target.voucherFile === undefined || target.openVoucherCommand === undefined ? [] : [
      '',
      `The voucher in ${target.voucherFile} lets the demo user spend up to 5 $MAIA of their deposit in one session`,
      'for 7 days of chain time. When it is spent, redeemed by an epoch or expired (402 payment_required), open another:',
      `  ${target.openVoucherCommand}`
    ])
  ].join('\n')
}
