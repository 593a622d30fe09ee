// Child process of bench/pipeline.ts: one runPipeline with the built package, config as JSON in argv[2];
// prints the RunReport and the process's peak RSS as one JSON line.
import { runPipeline } from '../../dist/index.js';

const config = JSON.parse(process.argv[2] ?? '{}');
const report = await runPipeline({ ...config, now: config.now ? new Date(config.now) : undefined });
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ report, maxRssMb }));
