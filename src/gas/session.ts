export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

/** Utilities.getUuid is Apps Script's source of randomness for code names (spec section 4). */
export function nextUuid(): string {
  return Utilities.getUuid();
}
