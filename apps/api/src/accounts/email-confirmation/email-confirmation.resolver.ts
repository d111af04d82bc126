import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PlatformAdminGuard, PublicGuard, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { ConfirmAccountEmailInput } from './dtos/confirm-account-email.input.js';
import { ConfirmEmailInput } from './dtos/confirm-email.input.js';
import { EmailConfirmationService } from './email-confirmation.service.js';

@Resolver()
export class EmailConfirmationResolver {
  constructor(private readonly confirmations: EmailConfirmationService) {}

  @Mutation(() => Boolean, {
    description:
      'Mails a one-time link to the viewer’s address. Without mail: ACCOUNT_EMAIL_CONFIRMATION_UNAVAILABLE.',
  })
  @UseGuards(SignedInGuard)
  sendEmailConfirmation(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.confirmations.send(viewer);
  }

  @Mutation(() => Boolean, { description: 'Opens the e-mailed link: whoever holds it proves the mailbox.' })
  @UseGuards(PublicGuard)
  confirmEmail(@Args('input', { type: () => ConfirmEmailInput }) input: ConfirmEmailInput): Promise<boolean> {
    return this.confirmations.confirm(input);
  }

  @Mutation(() => Boolean, {
    description: 'Platform admins: vouch for an account’s address, checked another way.',
  })
  @UseGuards(PlatformAdminGuard)
  confirmAccountEmail(
    @Args('input', { type: () => ConfirmAccountEmailInput }) input: ConfirmAccountEmailInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.confirmations.confirmByAdmin(viewer, input);
  }
}
