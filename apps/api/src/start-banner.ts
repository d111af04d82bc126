import { DataSource } from 'typeorm';
import { UserEntity } from './accounts/user.entity.js';
import { type RunningApi } from './bootstrap.js';

/**
 * What `npm start` logs once it listens: where to open the app and, while nobody can administer it,
 * how to become its administrator. One message of several lines, so that it is written in one piece.
 */
export async function startBanner(api: RunningApi): Promise<string> {
  const { env } = api.config;
  const url =
    env.PUBLIC_URL ?? (env.HOST === '0.0.0.0' ? `http://localhost:${new URL(api.url).port}` : api.url);
  const users = api.app.get(DataSource).getRepository(UserEntity);
  const lines = [`Open ${url} in a browser.`];
  if (!(await users.existsBy({ isPlatformAdmin: true })))
    lines.push(...howToBecomePlatformAdmin(await users.exists()));
  return lines.join('\n');
}

/**
 * Today's rule for the first platform administrator (see PlatformSetup): change the text here when
 * the rule changes.
 */
function howToBecomePlatformAdmin(anyAccount: boolean): string[] {
  return [
    'There is no platform administrator yet. An account becomes one in one of three ways:',
    `- ${anyAccount ? 'a new account that signs up' : 'signing up'} from this machine (http://localhost),`,
    '- signing up through the one-time setup link logged above (setupLink), or',
    '- running: npm run admin -- grant <email>',
  ];
}
