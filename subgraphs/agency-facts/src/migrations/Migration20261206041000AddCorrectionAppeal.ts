import { Migration } from '@mikro-orm/migrations';

export class Migration20261206041000AddCorrectionAppeal extends Migration {
  override up(): void {
    // A request an appeals officer sent to the agency names the appeal it came from (benefits'
    // appeal id: a plain id across subgraphs); one request per appeal and fact.
    this.addSql(`alter table facts.correction_request add column appeal_id uuid`);
    this.addSql(`create unique index correction_request_appeal_idx on facts.correction_request (appeal_id, fact_id) where appeal_id is not null`);
  }

  override down(): void {
    this.addSql(`drop index if exists facts.correction_request_appeal_idx`);
    this.addSql(`alter table facts.correction_request drop column appeal_id`);
  }
}
