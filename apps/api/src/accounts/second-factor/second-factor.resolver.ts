import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { ConfirmTotpInput } from './dtos/confirm-totp.input.js';
import { DisableTotpInput } from './dtos/disable-totp.input.js';
import { MeOutput, toMeOutput } from '../dtos/me.output.js';
import { RecoveryCodesOutput, toRecoveryCodesOutput } from './dtos/recovery-codes.output.js';
import { TotpEnrollmentOutput, toTotpEnrollmentOutput } from './dtos/totp-enrollment.output.js';
import { SecondFactorService } from './second-factor.service.js';

@Resolver()
@UseGuards(SignedInGuard)
export class SecondFactorResolver {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Mutation(() => TotpEnrollmentOutput)
  async startTotpEnrollment(@CurrentViewer() viewer: Viewer): Promise<TotpEnrollmentOutput> {
    return toTotpEnrollmentOutput(await this.secondFactor.startEnrollment(viewer));
  }

  @Mutation(() => RecoveryCodesOutput)
  async confirmTotpEnrollment(
    @Args('input', { type: () => ConfirmTotpInput }) input: ConfirmTotpInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecoveryCodesOutput> {
    return toRecoveryCodesOutput(await this.secondFactor.confirmEnrollment(viewer, input));
  }

  @Mutation(() => MeOutput)
  async disableTotp(
    @Args('input', { type: () => DisableTotpInput }) input: DisableTotpInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<MeOutput> {
    return toMeOutput(await this.secondFactor.disable(viewer, input, ctx));
  }
}
