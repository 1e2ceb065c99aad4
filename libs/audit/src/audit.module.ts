import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** The audit log's reader; the API's AuditInterceptor writes it. */
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
