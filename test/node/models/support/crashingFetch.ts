// A node that starts fetching a model and kills itself (SIGKILL: no cleanup at all) once it
// holds `crashAfter` chunks, to prove a download resumes from what reached the disk.
//   node --import tsx crashingFetch.ts <directory> <seeder multiaddr> <sha256> <crashAfter> <chunkSize>
import { startModelPeer } from './swarm.ts'

const [directory, seeder, sha256, crashAfter, chunkSize] = process.argv.slice(2) as [string, string, `0x${string}`, string, string]
const peer = await startModelPeer(directory, { peers: [seeder], chunkSize: Number(chunkSize), requestsPerPeer: 1 })
await peer.services.models.fetch({
  sha256,
  onProgress: (progress) => {
    if (progress.stage === 'chunks' && progress.bytes >= Number(crashAfter) * Number(chunkSize)) process.kill(process.pid, 'SIGKILL')
  }
})
process.stdout.write('finished without crashing\n')
process.exit(0)
