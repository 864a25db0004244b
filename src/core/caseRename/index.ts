export * from './journal';
export * from './columnRename';
export * from './conflictRename';
export * from './renamePlan';
export * from './messages';
