/** One step of the settings migration path, from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  to: number;
  /** A stored value of version `from` and what it becomes; the migration test runs every one. */
  example: { before: Record<string, unknown>; after: Record<string, unknown> };
  migrate: (old: Record<string, unknown>) => Record<string, unknown>;
}
