/** Case steps and what needs attention (spec section 18). */
export * from './steps';
export * from './timeLimits';
export * from './caseStepRecords';
export * from './needsAttention';
export * from './validateCaseSteps';
