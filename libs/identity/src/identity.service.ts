import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../domain/src';
import { ApiTokenEntity, PersonEntity, Role } from '../../persistence/src';
import type { Caller } from './caller';
import { hashToken, newToken } from './token';

export interface IssuedToken {
  id: string;
  personId: string;
  label: string;
  expiresAt: Date | null;
  /** Shown once; only its hash is kept. */
  token: string;
}

/** Issues, revokes and resolves bearer tokens. */
@Injectable()
export class IdentityService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The caller a token belongs to, or undefined when it is unknown, revoked, expired or its person inactive. */
  async resolve(token: string): Promise<Caller | undefined> {
    return this.callerWhere(
      `p.id = (SELECT t.person_id FROM api_tokens t
                WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()))`,
      [hashToken(token)],
    );
  }

  /** The caller of an active person with their roles as they are now (a changed role counts on the next request). */
  callerOf(personId: string): Promise<Caller | undefined> {
    return this.callerWhere('p.id = $1', [personId]);
  }

  private async callerWhere(condition: string, params: unknown[]): Promise<Caller | undefined> {
    const rows: {
      person_id: string;
      name: string;
      unit_id: string;
      role: Role | null;
      role_unit_id: string | null;
      path: string | null;
    }[] = await this.db.query(
      `SELECT p.id AS person_id, p.name, p.unit_id, ra.role, ra.unit_id AS role_unit_id, u.path
           FROM people p
           LEFT JOIN role_assignments ra ON ra.person_id = p.id
           LEFT JOIN units u ON u.id = ra.unit_id
          WHERE p.active AND ${condition}
          ORDER BY ra.created_at, ra.id`,
      params,
    );
    if (rows.length === 0) return undefined;
    const [first] = rows;
    return {
      personId: first.person_id,
      name: first.name,
      unitId: first.unit_id,
      // A person without roles has one row, its role columns null (the LEFT JOIN).
      roles: rows.flatMap(({ role, role_unit_id: unitId, path: unitPath }) =>
        role !== null && unitId !== null && unitPath !== null ? [{ role, unitId, unitPath }] : [],
      ),
    };
  }

  async issue(personId: string, label: string, expiresAt: Date | null = null): Promise<IssuedToken> {
    const person = await this.db.getRepository(PersonEntity).findOneBy({ id: personId });
    if (!person) throw new DomainError('NOT_FOUND', `Person ${personId} does not exist`, { personId });
    const { token, hash } = newToken();
    const row = await this.db.getRepository(ApiTokenEntity).save({ personId, tokenHash: hash, label, expiresAt });
    return { id: row.id, personId, label, expiresAt, token };
  }

  async list(personId?: string): Promise<(Omit<IssuedToken, 'token'> & { revokedAt: Date | null; createdAt: Date })[]> {
    const rows = await this.db.getRepository(ApiTokenEntity).find({
      where: personId ? { personId } : {},
      order: { createdAt: 'ASC' },
    });
    return rows.map(({ id, personId: owner, label, expiresAt, revokedAt, createdAt }) => ({
      id,
      personId: owner,
      label,
      expiresAt,
      revokedAt,
      createdAt,
    }));
  }

  async revoke(tokenId: string): Promise<void> {
    const result = await this.db
      .getRepository(ApiTokenEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :tokenId AND revoked_at IS NULL', { tokenId })
      .execute();
    if (result.affected === 0) {
      const exists = await this.db.getRepository(ApiTokenEntity).existsBy({ id: tokenId });
      if (!exists) throw new DomainError('NOT_FOUND', `Token ${tokenId} does not exist`, { tokenId });
    }
  }
}
