import { useState } from 'react';
import { Benefits } from './Benefits.tsx';
import { CorrectionRequests } from './CorrectionRequests.tsx';
import { Facts, FactsInOtherRoles } from './Facts.tsx';
import { Household } from './Household.tsx';
import { PaymentCards } from './PaymentCards.tsx';
import { PersonalData } from './PersonalData.tsx';
import type { CorrectionRequest, Person } from './record-types.ts';

/** The record as loaded, with the requests filed since (newest first) folded in. */
export const RecordSections = ({ person, staff, readOnly = staff }: { person: Person; staff: boolean; /** No "Contest this fact" (staff, a printed copy). */ readOnly?: boolean }) => {
  const [filed, setFiled] = useState<CorrectionRequest[]>([]);
  const known = new Set(person.correctionRequests.map((r) => r.id));
  const requests = [...filed.filter((r) => !known.has(r.id)), ...person.correctionRequests];
  const contestedIds = new Set([
    ...person.facts.items.filter((f) => f.contested).map((f) => f.id),
    ...requests.filter((r) => r.status === 'OPEN').map((r) => r.fact.id),
  ]);
  const onFiled = (created: CorrectionRequest) => setFiled((list) => [created, ...list.filter((r) => r.id !== created.id)]);
  return (
    <>
      <PersonalData person={person} />
      <Household person={person} staff={staff} />
      <Benefits person={person} staff={staff} />
      <PaymentCards person={person} />
      <Facts person={person} contestedIds={contestedIds} onFiled={readOnly ? undefined : onFiled} />
      <FactsInOtherRoles person={person} staff={staff} />
      <CorrectionRequests requests={requests} staff={staff} />
    </>
  );
};
