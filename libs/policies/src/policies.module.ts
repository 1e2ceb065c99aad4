import { Module } from '@nestjs/common';
import { PoliciesService } from './policies.service';

/** Versioned item policies and working-day calendar overrides. */
@Module({ providers: [PoliciesService], exports: [PoliciesService] })
export class PoliciesModule {}
