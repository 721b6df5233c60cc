import { Migration } from '@mikro-orm/migrations';

export class Migration20261206180000DropAccessLogHashUnique extends Migration {
  override up(): void {
    // The unique index on `hash` was write cost only: every reader looks entries up by `seq` (the
    // primary key: the chain's order, verification, checkpoints) or by `subject_pin`
    // (access_log_subject_idx), none by hash. Nor did it guard the chain: every hash covers its own
    // seq (unique already) and its predecessor's hash, so two equal hashes would take a sha256
    // collision, and a row rewritten with a copied hash breaks the recomputed chain and the signed
    // checkpoints, which verification checks, whatever the index (BENCHMARKS.md, session 7 stream8-alog).
    this.addSql(`alter table audit.access_log drop constraint if exists access_log_hash_key`);
  }

  override down(): void {
    this.addSql(`alter table audit.access_log add constraint access_log_hash_key unique (hash)`);
  }
}
