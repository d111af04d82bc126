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

/** Today's rule for the first platform administrator: change the text here when the rule changes. */
function howToBecomePlatformAdmin(anyAccount: boolean): string[] {
  return [
    anyAccount
      ? 'There is no platform administrator yet.'
      : 'There is no platform administrator yet: the first account that signs up becomes one.',
    'To make an existing account one, run: npm run admin -- grant <email>',
  ];
}
