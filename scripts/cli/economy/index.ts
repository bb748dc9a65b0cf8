import type { Command } from 'commander'
import { registerChainCommand } from './chainCommand.ts'
import type { EconomyCommandOptions } from './flags.ts'
import { registerGovCommand } from './govCommand.ts'
import { registerModelSubmitCommand } from './modelSubmitCommand.ts'
import { registerRewardsCommand } from './rewardsCommand.ts'
import { registerSessionCommand } from './sessionCommand.ts'
import { registerStakeCommand } from './stakeCommand.ts'

export { registerChainCommand, registerGovCommand, registerModelSubmitCommand, registerRewardsCommand, registerSessionCommand, registerStakeCommand }
export type { EconomyCommandOptions }

/**
 * Every economy command: `stake`, `session`, `model submit`, `gov`, `rewards`, `chain`. Register it
 * after `registerModelCommand`, whose `model` command `model submit` joins.
 */
export function registerEconomyCommands(program: Command, options: EconomyCommandOptions = {}): void {
  registerStakeCommand(program, options)
  registerSessionCommand(program, options)
  registerModelSubmitCommand(program, options)
  registerGovCommand(program, options)
  registerRewardsCommand(program, options)
  registerChainCommand(program, options)
}
