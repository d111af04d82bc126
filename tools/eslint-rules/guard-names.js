// The single source of truth for which guards count as AUTHENTICATION guards.
//
// The `ecw/resolvers-must-be-guarded` lint rule reads this list, and the API imports
// this same file in a test that proves its guard classes carry exactly these names.
// Renaming a guard class therefore fails that test instead of silently changing
// what the lint rule lets through. Change this list only together with the guards.
export const AUTHENTICATION_GUARDS = ['SignedInGuard', 'PublicGuard', 'PlatformAdminGuard'];
