import type { Command } from 'commander'

export function registerDeployCommand(program: Command): void {
  program.command('deploy')
    .description('deploy the contract suite (token, registries, payments, rewards, governance) and write the deployment file')
    .usage('[--rpc <url>] [--out <file>] [--operator <addr>]... [--oracle <addr>]... [--slasher <addr>]... [--minter <addr>]... [--param key=value]... [--no-build]')
    .addHelpText('after', '\nThe deployer key comes from MAIA_DEPLOYER_PRIVATE_KEY (else the RPC node\'s first account).\nWithout --rpc it deploys to an in-process Hardhat network, discarded on exit.')
    .allowUnknownOption()
    .helpOption('-h, --help')
    .argument('[arguments...]')
    .action(async (_arguments: string[], _options: unknown, command: Command) => {
      // Imported lazily: Hardhat's runtime is heavy and only this command needs it.
      const { runDeployCli } = await import('../deploy/index.ts')
      await runDeployCli(command.args)
    })
}
