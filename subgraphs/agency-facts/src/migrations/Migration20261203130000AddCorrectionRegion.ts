import { Migration } from '@mikro-orm/migrations';

export class Migration20261203130000AddCorrectionRegion extends Migration {
  override up(): void {
    // Caseworkers work the requests of their region's people: the subject's region is copied at
    // filing (from the persons subgraph) so the region's queue is one index range, never a join
    // across subgraphs. Who answered (the supplying agency or a caseworker) is kept with the answer.
    this.addSql(`alter table facts.correction_request add column region_code varchar(32)`);
    this.addSql(`alter table facts.correction_request add column answered_by varchar(16) check (answered_by in ('AGENCY', 'CASEWORKER'))`);
    this.addSql(`update facts.correction_request set answered_by = 'AGENCY' where status <> 'OPEN'`);
    this.addSql(`alter table facts.correction_request add check ((status = 'OPEN') = (answered_by is null))`);
    this.addSql(`alter table facts.correction_request add check (answered_by <> 'CASEWORKER' or status in ('CONFIRMED', 'REJECTED'))`);
    this.addSql(`create index correction_request_region_idx on facts.correction_request (region_code, status, requested_at, id)`);
  }

  override down(): void {
    this.addSql(`drop index if exists facts.correction_request_region_idx`);
    this.addSql(`alter table facts.correction_request drop column answered_by`);
    this.addSql(`alter table facts.correction_request drop column region_code`);
  }
}
