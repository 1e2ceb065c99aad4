import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../domain/src';
import { asDomainError, ROLES, UnitEntity, UnitKind } from '../../persistence/src';
import { Caller, coversUnit, isSystemAdmin } from '../../identity/src';

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: string | null;
}

export interface UnitTree extends UnitView {
  children: UnitTree[];
}

export interface UnitView {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  path: string;
}

/** The organisation tree (党委 → 党总支 → 党支部 → 党小组, any depth), kept as materialised paths. */
@Injectable()
export class UnitsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(input: UnitInput): Promise<UnitView> {
    return this.db.transaction(async (tx) => {
      const parent = input.parentId ? await this.mustFind(tx, input.parentId, 'parentId') : undefined;
      const [{ id }] = await tx.query<{ id: string }[]>('SELECT gen_random_uuid() AS id');
      const row = tx.getRepository(UnitEntity).create({
        id,
        code: input.code,
        name: input.name,
        kind: input.kind,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
      });
      await tx
        .getRepository(UnitEntity)
        .insert(row)
        .catch((e: unknown) => {
          throw asDomainError(e, { unique: `A unit with code "${input.code}" already exists` });
        });
      return view(row);
    });
  }

  /** Units the caller may see: the subtrees of the units they hold roles on (everything for a system admin). */
  async list(caller: Caller, parentId?: string): Promise<UnitView[]> {
    const qb = this.db.getRepository(UnitEntity).createQueryBuilder('u').orderBy('u.path');
    if (parentId) qb.andWhere('u.parent_id = :parentId', { parentId });
    if (!isSystemAdmin(caller)) {
      const paths = caller.roles.map((r) => r.unitPath);
      if (paths.length === 0) return [];
      qb.andWhere('u.path LIKE ANY(:prefixes)', { prefixes: paths.map((p) => `${p}%`) });
    }
    return (await qb.getMany()).map(view);
  }

  /** One unit, 404 when it does not exist or is outside the caller's scope (no existence leak). */
  async get(caller: Caller, id: string): Promise<UnitView> {
    const unit = await this.db.getRepository(UnitEntity).findOneBy({ id });
    if (!unit || !(isSystemAdmin(caller) || coversUnit(caller, unit.path, ROLES))) throw notFound(id);
    return view(unit);
  }

  async subtree(caller: Caller, id: string): Promise<UnitTree> {
    const root = await this.get(caller, id);
    const rows = await this.db
      .getRepository(UnitEntity)
      .createQueryBuilder('u')
      .where('u.path LIKE :prefix', { prefix: `${root.path}%` })
      .orderBy('u.path')
      .getMany();
    const byId = new Map<string, UnitTree>(rows.map((r) => [r.id, { ...view(r), children: [] }]));
    for (const node of byId.values())
      if (node.id !== root.id && node.parentId) byId.get(node.parentId)?.children.push(node);
    return byId.get(root.id) as UnitTree;
  }

  /** Renames, re-kinds or moves a unit; a move rewrites the paths of its whole subtree in one statement. */
  async update(id: string, patch: Partial<UnitInput>): Promise<UnitView> {
    return this.db.transaction(async (tx) => {
      const unit = await this.mustFind(tx, id, 'id');
      if (patch.parentId !== undefined && patch.parentId !== unit.parentId) {
        const parent = patch.parentId ? await this.mustFind(tx, patch.parentId, 'parentId') : undefined;
        if (parent && parent.path.startsWith(unit.path)) {
          throw new DomainError('VALIDATION_FAILED', 'A unit cannot move under itself or its own descendant', {
            field: 'parentId',
          });
        }
        const newPath = `${parent?.path ?? '/'}${unit.id}/`;
        await tx.query(
          `UPDATE units SET path = $1 || substr(path, length($2) + 1), updated_at = now() WHERE path LIKE $3`,
          [newPath, unit.path, `${unit.path}%`],
        );
        await tx.query('UPDATE units SET parent_id = $1 WHERE id = $2', [parent?.id ?? null, id]);
      }
      const fields = { code: patch.code, name: patch.name, kind: patch.kind };
      const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      if (Object.keys(changes).length > 0) {
        await tx
          .getRepository(UnitEntity)
          .update({ id }, changes)
          .catch((e: unknown) => {
            throw asDomainError(e, { unique: `A unit with code "${patch.code}" already exists` });
          });
      }
      return view(await this.mustFind(tx, id, 'id'));
    });
  }

  /** Deletes a leaf unit that nothing refers to; otherwise 409 saying what still refers to it. */
  async remove(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.mustFind(tx, id, 'id');
      await tx
        .getRepository(UnitEntity)
        .delete({ id })
        .catch((e: unknown) => {
          throw asDomainError(e, {
            reference: 'This unit still has child units, people, roles or regions; move or delete them first',
          });
        });
    });
  }

  private async mustFind(tx: EntityManager, id: string, field: string): Promise<UnitEntity> {
    const unit = await tx.getRepository(UnitEntity).findOneBy({ id });
    if (!unit) throw new DomainError('NOT_FOUND', `Unit ${id} does not exist`, { field, id });
    return unit;
  }
}

function view(u: UnitEntity): UnitView {
  return { id: u.id, code: u.code, name: u.name, kind: u.kind, parentId: u.parentId, path: u.path };
}

function notFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `Unit ${id} does not exist`, { id });
}
