export { CLI_TEST_TIMEOUT_MS, runAdminCli } from '../../cli/support/run-cli.js';
