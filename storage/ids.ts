/** Client-made ids (ARCHITECTURE.md): unique without a server, so imports merge and retries are idempotent. */
export function newId(): string {
  return crypto.randomUUID();
}
