import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UnitEntity } from './unit.entity';

/** 片区: a named set of member units (成员单位) with one lead unit (主责单位/牵头单位). */
@Entity('regions')
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') code: string;
  @Column('text') name: string;
  @Column('uuid', { name: 'lead_unit_id' }) leadUnitId: string;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_unit_id' })
  leadUnit?: UnitEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Membership of a unit in a region; the lead unit is a member too. */
@Entity('region_members')
export class RegionMemberEntity {
  @PrimaryColumn('uuid', { name: 'region_id' }) regionId: string;
  @PrimaryColumn('uuid', { name: 'unit_id' }) unitId: string;
}
