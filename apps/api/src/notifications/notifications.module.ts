import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { LiveNotifications } from './live-notifications.service.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';

/** AccountsModule provides VIEWER_RESOLVER, which re-checks a subscriber's credential before each delivery. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), AccountsModule],
  providers: [NotificationService, LiveNotifications, NotificationResolver],
  exports: [NotificationService],
})
export class NotificationsModule {}
