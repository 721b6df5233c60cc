import { badUserInput } from '../errors.ts';
import { isValidPin } from '../domain/pin.ts';

/**
 * Federation keys, checked before any SQL (Postgres rejects a malformed uuid literal and would
 * fail a whole `_entities` batch), and the key-only shapes in which a subgraph holds entities
 * another subgraph owns.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** A UUID in canonical lower case (as Postgres prints it, so DataLoader keys match rows). */
export const assertUuid = (value: string, field = 'id'): string => {
  if (!isUuid(value)) throw badUserInput(field, 'expected a UUID');
  return value.toLowerCase();
};

export const assertPin = (pin: string, field = 'pin'): string => {
  if (!isValidPin(pin)) throw badUserInput(field, 'a PIN is 7 digits and capital letters, without I and O');
  return pin;
};

export interface PersonReference {
  readonly pin: string;
}
export interface HouseholdReference {
  readonly id: string;
}
export interface AssignmentReference {
  readonly id: string;
}

export const personReference = (pin: string): PersonReference => ({ pin: assertPin(pin) });
export const householdReference = (id: string): HouseholdReference => ({ id: assertUuid(id) });
export const assignmentReference = (id: string): AssignmentReference => ({ id: assertUuid(id) });
