export { CLI_TEST_TIMEOUT_MS, runAdminCli, type CliRun } from '../../cli/support/run-cli.js';
