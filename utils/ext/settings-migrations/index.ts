/** Every settings migration in order; `MIGRATIONS[n]` turns version n into version n + 1. */
import type { Migration } from './migration';
import { v000ToV001 } from './v000-to-v001';
import { v001ToV002 } from './v001-to-v002';

export type { Migration } from './migration';
export const MIGRATIONS: readonly Migration[] = [v000ToV001, v001ToV002];
