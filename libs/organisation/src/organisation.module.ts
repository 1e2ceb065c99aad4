import { Module } from '@nestjs/common';
import { PeopleService } from './people.service';
import { RegionsService } from './regions.service';
import { UnitsService } from './units.service';

/** The organisation: unit tree, regions (片区), people and their roles. */
@Module({
  providers: [UnitsService, RegionsService, PeopleService],
  exports: [UnitsService, RegionsService, PeopleService],
})
export class OrganisationModule {}
