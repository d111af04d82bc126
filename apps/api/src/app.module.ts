import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { type ApolloDriverConfig } from '@nestjs/apollo';
import { type Logger } from 'pino';
import { AccountsModule } from './accounts/accounts.module.js';
import { FEATURES } from './features.js';
import { AppConfig } from './core/config/app-config.js';
import { CoreModule, LOGGER } from './core/core.module.js';
import { VIEWER_RESOLVER, type ViewerResolver } from './core/auth/viewer.js';
import { CodeFirstApolloDriver } from './core/graphql/code-first-apollo-driver.js';
import { graphqlOptions } from './core/graphql/graphql.config.js';

@Module({})
export class AppModule {
  static register(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, logger),
        // The features (features.ts), each a module that exports only its services.
        ...FEATURES.map((feature) => feature.module),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: CodeFirstApolloDriver,
          imports: [AccountsModule],
          inject: [AppConfig, VIEWER_RESOLVER, LOGGER],
          useFactory: (appConfig: AppConfig, viewers: ViewerResolver, log: Logger) =>
            graphqlOptions(appConfig, viewers, log),
        }),
      ],
    };
  }
}
