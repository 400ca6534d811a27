import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { overdueItemsOf } from '../coaching-plans/service.js';
import { countOrganisation, findDepartment, getOrganisation, listOffices } from '../org/repository.js';
import { currentProtocolContent } from '../protocols/service.js';
import { listUsersInDepartment } from '../users/repository.js';
import type { Role } from '../users/roles.js';
import type { THome } from './schema.js';

const OVERVIEW_ROLES: Role[] = ['director', 'safety_officer', 'hr', 'admin'];

async function teamOf(ctx: AppContext, user: SessionUser): Promise<THome['team']> {
  if (!user.roles.includes('manager') || !user.departmentId) return null;
  const department = await findDepartment(ctx.db, user.departmentId);
  if (!department) return null;
  const [members, offices] = await Promise.all([listUsersInDepartment(ctx.db, department.id), listOffices(ctx.db)]);
  const officeNames = new Map(offices.map((office) => [office.id, office.name]));
  return {
    departmentName: department.name,
    members: members.map((member) => ({
      id: member.id,
      name: member.name,
      email: member.email,
      officeName: member.officeId ? (officeNames.get(member.officeId) ?? null) : null,
    })),
  };
}

/** The home screen's data, composed for the roles the user holds. */
export async function homeFor(ctx: AppContext, user: SessionUser): Promise<THome> {
  const [organisation, protocol] = await Promise.all([getOrganisation(ctx.db), currentProtocolContent(ctx.db)]);
  const wantsOverview = user.roles.some((role) => OVERVIEW_ROLES.includes(role));
  return {
    organisationName: organisation?.name ?? '',
    safety: { alarmNumber: protocol.settings.alarmNumber, emergencyNumber: protocol.settings.emergencyNumber },
    team: await teamOf(ctx, user),
    organisation: wantsOverview ? await countOrganisation(ctx.db) : null,
    overduePlanItems: await overdueItemsOf(ctx.db, user.id),
  };
}
