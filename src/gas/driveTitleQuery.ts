/**
 * Whether a Drive file the user can see already carries a title, for code names that must be
 * unique against case document titles (spec section 4). One query per title, never a listing,
 * so the cost does not grow with the number of documents.
 */
export function isDriveTitleTaken(title: string): boolean {
  return DriveApp.getFilesByName(title).hasNext();
}
