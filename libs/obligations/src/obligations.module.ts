import { Module } from '@nestjs/common';
import { FilesModule } from '../../files/src';
import { IdentityModule } from '../../identity/src';
import { PoliciesModule } from '../../policies/src';
import { ObligationExportService } from './obligation-export';
import { ObligationTypesService } from './obligation-types.service';
import { ObligationsService } from './obligations.service';

/** Recurring obligations (三会一课 …): their types and Schedules, the ledgers, records, the region feed (晒). */
@Module({
  imports: [FilesModule, IdentityModule, PoliciesModule],
  providers: [ObligationTypesService, ObligationsService, ObligationExportService],
  exports: [ObligationTypesService, ObligationsService, ObligationExportService],
})
export class ObligationsModule {}
