import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import {
  ContactExportOutput,
  ContactImportResultOutput,
  ExportContactPointsInput,
  ImportContactPointsInput,
} from '../dtos/contact-files.dtos.js';
import { ContactFilesService } from './contact-files.service.js';

/** Exports are mutations: each one is recorded in both organisations' audit logs. */
@Resolver(() => ContactExportOutput)
@UseGuards(SignedInGuard)
export class ContactFilesResolver {
  constructor(private readonly files: ContactFilesService) {}

  @Mutation(() => ContactExportOutput, {
    description: 'CSV (formula-safe) or vCard 4.0; audited for both sides.',
  })
  exportContactPoints(
    @Args('input', { type: () => ExportContactPointsInput }) input: ExportContactPointsInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ContactExportOutput> {
    return this.files.export(viewer, input);
  }

  @Mutation(() => ContactImportResultOutput, { description: 'Preview, or all-or-nothing commit, of a CSV.' })
  importContactPoints(
    @Args('input', { type: () => ImportContactPointsInput }) input: ImportContactPointsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ContactImportResultOutput> {
    return this.files.import(ctx, viewer, input);
  }
}
