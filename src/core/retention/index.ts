/** Retention review (spec section 14): the table in Settings, the rules, and what is due. */
export * from './addMonths';
export * from './retentionTable';
export * from './caseTerms';
export * from './extension';
export * from './expungedCell';
export * from './findDue';
export * from './expungeJournal';
export * from './expungedPeople';
