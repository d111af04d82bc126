import { registerEnumType } from '@nestjs/graphql';
import { MembershipRole, OrganizationKind } from '@ecw/domain';

// The contract's enums, registered once for the whole schema (other features reuse these names).
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });

export { MembershipRole, OrganizationKind };
