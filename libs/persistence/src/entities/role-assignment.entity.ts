import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Roles, each held on a unit and covering that unit's subtree:
 * system_admin (organisation, people, tokens) · lead_admin (主责单位 admin of the regions its unit leads) ·
 * branch_secretary (党支部书记: acts for the unit as 责任单位) · committee_member (党委: reads everything below, 督办).
 */
export const ROLES = ['system_admin', 'lead_admin', 'branch_secretary', 'committee_member'] as const;
export type Role = (typeof ROLES)[number];

@Entity('role_assignments')
@Unique('uq_role_assignment', ['personId', 'role', 'unitId'])
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('text') role: Role;
  @Column('uuid', { name: 'unit_id' }) unitId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
