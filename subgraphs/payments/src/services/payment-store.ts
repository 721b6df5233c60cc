import type { EntityManager } from '@mikro-orm/postgresql';
import { selectAs, type Page } from '@usr/shared';
import { PaymentSchema, type Payment } from '../entities/payment.ts';

/** SQL access to payments.payment; no rules here. One statement per call, whatever the number of keys. */
export const findPaymentsByIds = (em: EntityManager, ids: readonly string[]): Promise<Payment[]> =>
  em.find(PaymentSchema, { id: { $in: [...ids] } });

/** Newest month first, on the (assignment_id, month) index (payment_assignment_idx). */
export const PAYMENTS_OF_ASSIGNMENTS_SQL = 'select * from payments.payment where assignment_id = any($1::uuid[]) order by month desc, id asc';

export const findPaymentsByAssignments = (em: EntityManager, assignmentIds: readonly string[]): Promise<Payment[]> =>
  selectAs(em, PaymentSchema, PAYMENTS_OF_ASSIGNMENTS_SQL, [[...assignmentIds]]);

/**
 * The same page of payments for each of several people, in one statement: a lateral join runs the
 * page query per PIN on the (beneficiary_pin, month desc) index, so no one's history is read in
 * full. `limit + 1` rows per person tell whether another page follows. Payments of the benefits
 * in `without` are not on the page (the caller may not learn of them: policy, unlearnableBenefits).
 */
export const findPaymentPagesByBeneficiaries = async (em: EntityManager, pins: readonly string[], page: Page, without: readonly string[] = []): Promise<Payment[]> => {
  const rows = await em.execute(
    `select p.* from unnest(array[?]::char(7)[]) as k(pin)
     cross join lateral (
       select * from payments.payment x where x.beneficiary_pin = k.pin
         and (x.benefit_code is null or x.benefit_code <> all (array[?]::varchar[]))
       order by x.month desc, x.created_at desc, x.id
       limit ? offset ?
     ) p`,
    [[...pins], [...without, ''], page.limit + 1, page.offset],
  );
  return rows.map((row) => em.map(PaymentSchema, row));
};
