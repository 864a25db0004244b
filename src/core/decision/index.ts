/** Recording a decision (spec section 17): the quorum, the request, the document line and the rows. */
export * from './quorum';
export * from './decisionRequest';
export * from './decisionEntry';
export * from './decisionRows';
