import { personsDatabase } from '@usr/persons';
import { householdsDatabase } from '@usr/households';
import { factsDatabase } from '@usr/agency-facts';
import { benefitsDatabase } from '@usr/benefits';
import { paymentsDatabase } from '@usr/payments';
import { auditDatabase } from '@usr/audit';

/** The storage definition of every subgraph (audit last: it only appends), in migration order. */
export const SUBGRAPH_DATABASES = [personsDatabase, householdsDatabase, factsDatabase, benefitsDatabase, paymentsDatabase, auditDatabase];
