// A cheap language split for reporting the safety screen (issue 11, round seventeen): English or not, by the share
// of common English function words. Since round forty-seven the screen uses it too, so it lives beside the screen.
export { languageGroup } from '../../orchestrator/maia/intent/safety/languageGroup.ts'
