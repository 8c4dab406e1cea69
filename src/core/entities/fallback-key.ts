/** Temporary name key until src/core/keys lands: type prefix + folded words. */
import type { EntityType } from '../types.ts';
import { foldName } from './fold.ts';

const PREFIX: Readonly<Record<EntityType, string>> = {
  person: 'person',
  organization: 'org',
  place: 'place',
  other: 'other',
};

export function fallbackKey(name: string, type: EntityType): string {
  const words = foldName(name).split(/\s+/);
  const body = type === 'person' ? words[words.length - 1] : words.join('-');
  return `${PREFIX[type]}:${body ?? ''}`;
}
