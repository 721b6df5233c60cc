// Our gateway exactly as gateway/src/main.ts starts it, but without the field rules: the benchmark's
// measure of what authorisation costs (bench/gateway-vs-hive.ts). Not a way to run the registry.
import { runGateway } from '../../gateway/src/run.ts';

await runGateway({ fieldRules: false });
