import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Credential, type Viewer, type ViewerResolver } from '../../core/auth/viewer.js';
import { RateLimits } from '../../core/rate-limit/rate-limits.js';
import { ApiTokenService } from '../tokens/api-token.service.js';
import { SessionService } from './session.service.js';
import { UserEntity } from '../user.entity.js';

/** Resolves session cookies and API tokens into viewers, for HTTP requests and WebSocket connections. */
@Injectable()
export class CredentialViewerResolver implements ViewerResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
    private readonly limits: RateLimits,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async resolve(credential: Credential, meta: { ip: string }): Promise<Viewer | null> {
    if (credential.kind === 'session') {
      const found = await this.sessions.findLiveWithAccount(credential.secret);
      if (!found) return null;
      await this.sessions.touch(found.session);
      return toViewer(
        { id: found.session.userId, ...found.account },
        { sessionId: found.session.id, apiTokenId: null, readOnly: false },
      );
    }
    await this.limits.consume('tokenUseByAddress', meta.ip);
    const token = await this.tokens.findLive(credential.secret);
    if (!token) return null;
    const user = await this.users.findOneBy({ id: token.userId });
    if (!user) return null;
    await this.tokens.touch(token);
    return toViewer(user, { sessionId: null, apiTokenId: token.id, readOnly: token.readOnly });
  }

  async refresh(viewer: Viewer): Promise<Viewer | null> {
    if (viewer.sessionId) {
      const found = await this.sessions.findLiveWithAccountById(viewer.sessionId);
      return found
        ? toViewer(
            { id: found.session.userId, ...found.account },
            { sessionId: found.session.id, apiTokenId: null, readOnly: false },
          )
        : null;
    }
    if (!viewer.apiTokenId) return null;
    const token = await this.tokens.findLiveById(viewer.apiTokenId);
    const user = token ? await this.users.findOneBy({ id: token.userId }) : null;
    return token && user
      ? toViewer(user, { sessionId: null, apiTokenId: token.id, readOnly: token.readOnly })
      : null;
  }

  isStillValid(viewer: Viewer): Promise<boolean> {
    if (viewer.sessionId) return this.sessions.isLiveById(viewer.sessionId);
    if (viewer.apiTokenId) return this.tokens.isLiveById(viewer.apiTokenId);
    return Promise.resolve(false);
  }

  async stillValid(viewers: readonly Viewer[]): Promise<boolean[]> {
    const [sessions, tokens] = await Promise.all([
      this.sessions.liveIds(viewers.flatMap((viewer) => (viewer.sessionId ? [viewer.sessionId] : []))),
      this.tokens.liveIds(
        viewers.flatMap((viewer) => (!viewer.sessionId && viewer.apiTokenId ? [viewer.apiTokenId] : [])),
      ),
    ]);
    return viewers.map((viewer) => {
      if (viewer.sessionId) return sessions.has(viewer.sessionId);
      return viewer.apiTokenId ? tokens.has(viewer.apiTokenId) : false;
    });
  }
}

function toViewer(
  user: Pick<UserEntity, 'id' | 'isPlatformAdmin' | 'locale' | 'timeZone'>,
  credential: Pick<Viewer, 'sessionId' | 'apiTokenId' | 'readOnly'>,
): Viewer {
  return {
    userId: user.id,
    ...credential,
    isPlatformAdmin: user.isPlatformAdmin,
    locale: user.locale,
    timeZone: user.timeZone,
  };
}
