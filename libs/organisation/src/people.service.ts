import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../domain/src';
import { asDomainError, PersonEntity, Role, RoleAssignmentEntity, ROLES, UnitEntity } from '../../persistence/src';
import { Caller, coversUnit, isSystemAdmin } from '../../identity/src';

export interface PersonInput {
  name: string;
  email?: string | null;
  phone?: string | null;
  unitId: string;
}

export interface PersonView {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  unitId: string;
  active: boolean;
  roles: { id: string; role: Role; unitId: string }[];
}

/** People and the roles they hold on units. */
@Injectable()
export class PeopleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(input: PersonInput): Promise<PersonView> {
    await this.mustFindUnit(input.unitId, 'unitId');
    const row = await this.db
      .getRepository(PersonEntity)
      .save({ name: input.name, email: input.email ?? null, phone: input.phone ?? null, unitId: input.unitId })
      .catch((e: unknown) => {
        throw asDomainError(e, { unique: `A person with e-mail "${input.email}" already exists` });
      });
    return this.load(row.id);
  }

  async update(id: string, patch: Partial<PersonInput> & { active?: boolean }): Promise<PersonView> {
    await this.mustFindPerson(id);
    if (patch.unitId) await this.mustFindUnit(patch.unitId, 'unitId');
    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length > 0) {
      await this.db
        .getRepository(PersonEntity)
        .update({ id }, changes)
        .catch((e: unknown) => {
          throw asDomainError(e, { unique: `A person with e-mail "${patch.email}" already exists` });
        });
    }
    return this.load(id);
  }

  /** People of the units in the caller's scope (everyone for a system admin). */
  async list(caller: Caller, unitId?: string): Promise<PersonView[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (unitId) where.push(`p.unit_id = $${params.push(unitId)}`);
    if (!isSystemAdmin(caller)) {
      where.push(`u.path LIKE ANY($${params.push(caller.roles.map((r) => `${r.unitPath}%`))})`);
    }
    const ids: { id: string }[] = await this.db.query(
      `SELECT p.id FROM people p JOIN units u ON u.id = p.unit_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY p.name, p.id`,
      params,
    );
    return Promise.all(ids.map((r) => this.load(r.id)));
  }

  async get(caller: Caller, id: string): Promise<PersonView> {
    const person = await this.load(id);
    const unit = await this.db.getRepository(UnitEntity).findOneByOrFail({ id: person.unitId });
    if (!isSystemAdmin(caller) && caller.personId !== id && !coversUnit(caller, unit.path, ROLES))
      throw personNotFound(id);
    return person;
  }

  async grantRole(personId: string, role: Role, unitId: string): Promise<PersonView> {
    await this.mustFindPerson(personId);
    await this.mustFindUnit(unitId, 'unitId');
    await this.db
      .getRepository(RoleAssignmentEntity)
      .insert({ personId, role, unitId })
      .catch((e: unknown) => {
        throw asDomainError(e, { unique: `The person already holds ${role} on that unit` });
      });
    return this.load(personId);
  }

  async revokeRole(personId: string, assignmentId: string): Promise<PersonView> {
    const result = await this.db.getRepository(RoleAssignmentEntity).delete({ id: assignmentId, personId });
    if (result.affected === 0) {
      throw new DomainError('NOT_FOUND', `Role assignment ${assignmentId} of person ${personId} does not exist`, {
        assignmentId,
      });
    }
    return this.load(personId);
  }

  private async load(id: string): Promise<PersonView> {
    const person = await this.mustFindPerson(id);
    const roles = await this.db
      .getRepository(RoleAssignmentEntity)
      .find({ where: { personId: id }, order: { createdAt: 'ASC' } });
    return {
      id: person.id,
      name: person.name,
      email: person.email,
      phone: person.phone,
      unitId: person.unitId,
      active: person.active,
      roles: roles.map((r) => ({ id: r.id, role: r.role, unitId: r.unitId })),
    };
  }

  private async mustFindPerson(id: string): Promise<PersonEntity> {
    const person = await this.db.getRepository(PersonEntity).findOneBy({ id });
    if (!person) throw personNotFound(id);
    return person;
  }

  private async mustFindUnit(id: string, field: string): Promise<void> {
    if (!(await this.db.getRepository(UnitEntity).existsBy({ id }))) {
      throw new DomainError('NOT_FOUND', `Unit ${id} does not exist`, { field, id });
    }
  }
}

function personNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `Person ${id} does not exist`, { id });
}
