import { describe, expect, it } from 'vitest'
import { exampleCurlCommand, formatQuickStartExamples } from '../../../scripts/devnet/quickStartExamples.ts'

// `maia up --exit-after-demo` (run by .ci/run) executes the printed curl against a paid devnet;
// these pin what is printed around it.
describe('the quick start examples maia up prints', () => {
  const paid = { apiUrl: 'http://127.0.0.1:8787', apiKey: 'k', voucherFile: '/tmp/d/voucher.txt', openVoucherCommand: 'npx maia session open --out /tmp/d/voucher.txt' }

  it('sends the voucher from its file in the curl and through defaultHeaders in both SDKs', () => {
    expect(exampleCurlCommand(paid)).toContain(`-H "x-maia-voucher: $(cat '/tmp/d/voucher.txt')"`)
    const text = formatQuickStartExamples(paid)
    expect(text.match(/defaultHeaders: \{ 'x-maia-voucher': readFileSync\('\/tmp\/d\/voucher\.txt'/g)).toHaveLength(2)
    expect(text).toContain('npx maia session open --out /tmp/d/voucher.txt')
  })

  it('sends no voucher where the network has no chain', () => {
    const free = { apiUrl: paid.apiUrl, apiKey: 'k' }
    expect(exampleCurlCommand(free)).not.toContain('x-maia-voucher')
    expect(formatQuickStartExamples(free)).not.toContain('defaultHeaders')
  })

  it('prints the curl on one line, with a JSON body the API accepts', () => {
    const command = exampleCurlCommand(paid)
    expect(command).not.toContain('\n')
    const body = JSON.parse(/-d '(.*)'$/u.exec(command)![1]!) as { model: string; stream: boolean }
    expect(body).toMatchObject({ model: 'maia', stream: true })
  })
})
