// A script split for reporting the safety screen and the intent router (issue 11, round twenty-four):
// every lever is reported for Latin-script and non-Latin messages. The split itself lives with the
// screen since round twenty-six, which may give non-Latin messages their own threshold.
export { scriptGroup, type ScriptGroup } from '../../orchestrator/maia/intent/safety/scriptGroup.ts'
