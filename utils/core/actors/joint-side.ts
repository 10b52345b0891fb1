/**
 * A joint speaker ("Armenia and Azerbaijan accuse each other …") speaks for several sides at
 * once. Its side is the members' distinct sides joined by "+" ("armenia+azerbaijan"), so the
 * summary can count the statement once for each party; party ids are slugs and never hold "+".
 */

/** Separator between the sides of a joint speaker. */
export const JOINT_SIDE_SEPARATOR = '+';

/** The side of a joint speaker: its members' distinct sides in order of mention ("unknown" only when nothing else is known). */
export function jointSide(sides: readonly string[]): string {
  const distinct = [...new Set(sides)];
  const placed = distinct.filter((s) => s !== 'unknown');
  return (placed.length > 0 ? placed : distinct).join(JOINT_SIDE_SEPARATOR) || 'unknown';
}

/** The sides a statement counts for: one for a single speaker, each member's for a joint one. */
export function splitSide(side: string): string[] {
  return side.split(JOINT_SIDE_SEPARATOR).filter((s) => s.length > 0);
}
