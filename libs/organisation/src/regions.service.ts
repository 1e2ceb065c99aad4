import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { DomainError } from '../../domain/src';
import { asDomainError, RegionEntity, RegionMemberEntity, ROLES, UnitEntity } from '../../persistence/src';
import { Caller, coversUnit, isSystemAdmin } from '../../identity/src';

export interface RegionInput {
  code: string;
  name: string;
  leadUnitId: string;
  /** Member units; the lead unit is always a member, whether listed or not. */
  memberUnitIds: string[];
}

export interface RegionView {
  id: string;
  code: string;
  name: string;
  leadUnit: { id: string; name: string };
  members: { id: string; code: string; name: string; kind: string }[];
}

/** 片区: member units and their lead unit (主责单位). */
@Injectable()
export class RegionsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(input: RegionInput): Promise<RegionView> {
    const id = await this.db.transaction(async (tx) => {
      await this.mustFindUnits(tx, [input.leadUnitId, ...input.memberUnitIds]);
      const row = await tx
        .getRepository(RegionEntity)
        .save({ code: input.code, name: input.name, leadUnitId: input.leadUnitId })
        .catch((e: unknown) => {
          throw asDomainError(e, { unique: `A region with code "${input.code}" already exists` });
        });
      await this.replaceMembers(tx, row.id, input.leadUnitId, input.memberUnitIds);
      return row.id;
    });
    return publicView(await this.load(id));
  }

  async update(id: string, patch: Partial<RegionInput>): Promise<RegionView> {
    await this.db.transaction(async (tx) => {
      const region = await tx.getRepository(RegionEntity).findOneBy({ id });
      if (!region) throw notFound(id);
      await this.mustFindUnits(
        tx,
        [patch.leadUnitId, ...(patch.memberUnitIds ?? [])].filter((u): u is string => !!u),
      );
      const changes = Object.fromEntries(
        Object.entries({ code: patch.code, name: patch.name, leadUnitId: patch.leadUnitId }).filter(
          ([, v]) => v !== undefined,
        ),
      );
      if (Object.keys(changes).length > 0) {
        await tx
          .getRepository(RegionEntity)
          .update({ id }, changes)
          .catch((e: unknown) => {
            throw asDomainError(e, { unique: `A region with code "${patch.code}" already exists` });
          });
      }
      const leadUnitId = patch.leadUnitId ?? region.leadUnitId;
      const memberIds =
        patch.memberUnitIds ??
        (await tx.getRepository(RegionMemberEntity).findBy({ regionId: id })).map((m) => m.unitId);
      await this.replaceMembers(tx, id, leadUnitId, memberIds);
    });
    return publicView(await this.load(id));
  }

  async remove(id: string): Promise<void> {
    const result = await this.db
      .getRepository(RegionEntity)
      .delete({ id })
      .catch((e: unknown) => {
        throw asDomainError(e, { reference: 'This region still has programmes or items; close them first' });
      });
    if (result.affected === 0) throw notFound(id);
  }

  /** Regions the caller takes part in: a role on the lead unit or on a member (or above them), or system admin. */
  async list(caller: Caller): Promise<RegionView[]> {
    const ids: { id: string }[] = await this.db.query('SELECT id FROM regions ORDER BY code');
    const regions = await Promise.all(ids.map((r) => this.load(r.id)));
    return regions.filter((r) => this.visible(caller, r)).map(publicView);
  }

  async get(caller: Caller, id: string): Promise<RegionView> {
    const region = await this.load(id);
    if (!this.visible(caller, region)) throw notFound(id);
    return publicView(region);
  }

  private visible(caller: Caller, region: LoadedRegion): boolean {
    return isSystemAdmin(caller) || region.paths.some((p) => coversUnit(caller, p, ROLES));
  }

  private async load(id: string): Promise<LoadedRegion> {
    const region = await this.db.getRepository(RegionEntity).findOne({ where: { id }, relations: { leadUnit: true } });
    if (!region || !region.leadUnit) throw notFound(id);
    const members: UnitEntity[] = await this.db.query(
      `SELECT u.id, u.code, u.name, u.kind, u.path FROM region_members m JOIN units u ON u.id = m.unit_id
        WHERE m.region_id = $1 ORDER BY u.code`,
      [id],
    );
    return {
      id: region.id,
      code: region.code,
      name: region.name,
      leadUnit: { id: region.leadUnit.id, name: region.leadUnit.name },
      members: members.map(({ id: unitId, code, name, kind }) => ({ id: unitId, code, name, kind })),
      paths: members.map((m) => m.path),
    };
  }

  private async replaceMembers(
    tx: EntityManager,
    regionId: string,
    leadUnitId: string,
    memberIds: string[],
  ): Promise<void> {
    const unique = [...new Set([leadUnitId, ...memberIds])];
    await tx.getRepository(RegionMemberEntity).delete({ regionId });
    await tx.getRepository(RegionMemberEntity).insert(unique.map((unitId) => ({ regionId, unitId })));
  }

  private async mustFindUnits(tx: EntityManager, ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    const found = await tx.getRepository(UnitEntity).findBy({ id: In(unique) });
    const missing = unique.filter((id) => !found.some((u) => u.id === id));
    if (missing.length > 0)
      throw new DomainError('NOT_FOUND', `Unknown unit(s): ${missing.join(', ')}`, { unitIds: missing });
  }
}

/** A region with its members' tree paths, for scope checks; the paths never leave the service. */
type LoadedRegion = RegionView & { paths: string[] };

function publicView({ paths: _paths, ...region }: LoadedRegion): RegionView {
  return region;
}

function notFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `Region ${id} does not exist`, { id });
}
