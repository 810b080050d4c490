import { InvalidArgumentError, Option, type Command } from 'commander';
import { RoleInput, type Role } from '../../functions/core/domain/roles.js';
import { ApiClient } from '../api/client.js';
import { connect } from '../api/connection.js';

/** The options every command that talks to the pipeline takes. */
export interface ConnectionFlags {
  api?: string;
  region?: string;
  profile?: string;
  dataDir?: string;
  json?: boolean;
}

/** Reads are made as PMO unless `--as` says otherwise (any role may read). */
export const DEFAULT_READ_ROLE: Role = 'PMO';

export const parseRole = (value: string): Role => {
  const parsed = RoleInput.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError('expected csp, 3pao, agency or pmo');
  return parsed.data;
};

export function withConnectionOptions(command: Command): Command {
  return command
    .addOption(new Option('--api <url>', 'a deployed API (https://…execute-api…/stage); default: the local pipeline of `npm start`').env('INTAKE_API_URL'))
    .option('--region <region>', 'AWS region of the deployed API (default AWS_REGION, or the one in the URL)')
    .option('--profile <name>', 'deployed only: the AWS profile to sign with (default: INTAKE_PROFILE_<ROLE> for --as ROLE, else the default credential chain)')
    .addOption(new Option('--data-dir <dir>', 'local only: the data folder of the running pipeline (default: .intake-data in the project)').env('INTAKE_DATA_DIR'));
}

export async function clientFor(flags: ConnectionFlags): Promise<ApiClient> {
  return new ApiClient(
    await connect({
      ...(flags.api ? { api: flags.api } : {}),
      ...(flags.region ? { region: flags.region } : {}),
      ...(flags.profile ? { profile: flags.profile } : {}),
      ...(flags.dataDir ? { dataDir: flags.dataDir } : {}),
    }),
  );
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
