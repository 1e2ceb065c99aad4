import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** 党委 committee · 党总支 general branch · 党支部 branch · 党小组 group. */
export const UNIT_KINDS = ['committee', 'general_branch', 'branch', 'group'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A node of the organisation tree. `path` is the materialised chain of ids from the root, for subtree queries. */
@Entity('units')
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') code: string;
  @Column('text') name: string;
  @Column('text') kind: UnitKind;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId: string | null;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: UnitEntity | null;
  /** '/<rootId>/…/<id>/' — a unit's subtree is every row whose path starts with its path. */
  @Column('text') path: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
