import { defineFeature } from '../core/feature/define-feature.js';
import { NotificationsModule } from './notifications.module.js';

/** Each user's inbox and its live stream; the kinds stored in it are declared by the features that send them. */
export const notificationsFeature = defineFeature({
  name: 'notifications',
  module: NotificationsModule,
});
