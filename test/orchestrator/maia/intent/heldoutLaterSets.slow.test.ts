// The second half of the slow router guards (heldoutTrainingSets.slow.test.ts has the first): the development sets
// v41–v56 and the spent sets of spentSets.ts (which of them detection trains on is told there), on routeAsync. A file
// of its own so that vitest runs it beside the first on the second core (maxWorkers 2): `npm run test:slow` takes
// about half as long as one file did.
import { describe } from 'vitest'
import { SPENT_SETS } from './spentSets.ts'
import { guardSpentSet, guardTrainingSet, setNumber, TRAINING_SET_GUARDS } from './trainingSetGuards.ts'

describe(`held-out router sets: v41–v56 on routeAsync (training sets since they were spent), the spent sets ${SPENT_SETS[0]!.name}–${SPENT_SETS.at(-1)!.name}`, () => {
  for (const guard of TRAINING_SET_GUARDS.filter(([name]) => setNumber(name) > 40)) guardTrainingSet(guard)

  // The one-shot measurements of the spent sets (each written from outside; rule first,
  // <set>/DECISION.md), guarded at the shipped router's figures (spentSets.ts).
  for (const guard of SPENT_SETS) guardSpentSet(guard)
})
