import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PublicGuard, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { ChangeEmailInput } from './dtos/change-email.input.js';
import { ConfirmEmailChangeInput } from './dtos/confirm-email-change.input.js';
import { EmailChangeService } from './email-change.service.js';

@Resolver()
export class EmailChangeResolver {
  constructor(private readonly changes: EmailChangeService) {}

  @Mutation(() => Boolean, {
    description:
      'Sudo mode: mails a one-time link to the new address (the address changes when it is opened) and a notice to the current one. Without mail: ACCOUNT_EMAIL_CONFIRMATION_UNAVAILABLE.',
  })
  @UseGuards(SignedInGuard)
  changeEmail(
    @Args('input', { type: () => ChangeEmailInput }) input: ChangeEmailInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.changes.request(viewer, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Opens the link mailed to the new address: switches the address and ends the other sessions.',
  })
  @UseGuards(PublicGuard)
  confirmEmailChange(
    @Args('input', { type: () => ConfirmEmailChangeInput }) input: ConfirmEmailChangeInput,
  ): Promise<boolean> {
    return this.changes.confirm(input);
  }
}
