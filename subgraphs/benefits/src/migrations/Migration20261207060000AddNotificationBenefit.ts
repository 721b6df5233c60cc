import { Migration } from '@mikro-orm/migrations';

/**
 * Which benefit a notification tells about, so its record follows that benefit's rule (a benefit
 * whose type reveals health makes its SMS a health datum: shared/src/auth/policy/benefits.ts).
 * Existing rows take their decision's benefit; those about no decision stay null (no benefit named).
 */
export class Migration20261207060000AddNotificationBenefit extends Migration {
  override up(): void {
    this.addSql(`alter table benefits.notification add column if not exists benefit_code varchar(40) null`);
    this.addSql(
      `update benefits.notification n set benefit_code = d.benefit_code from benefits.decision d where n.decision_id = d.id and n.benefit_code is null`,
    );
  }

  override down(): void {
    this.addSql(`alter table benefits.notification drop column if exists benefit_code`);
  }
}
