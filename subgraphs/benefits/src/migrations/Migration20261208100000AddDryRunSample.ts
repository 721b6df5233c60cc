import { Migration } from '@mikro-orm/migrations';

/**
 * The sample a dry run runs on (issue #15 item 4): every kind the approver may choose, not only a
 * share. Existing rows keep their share (1: ALL, below 1: SHARE); a share is now only a SHARE's
 * (ALL keeps 1), a region only a REGION's, a count and a seed only a RANDOM's.
 */
export class Migration20261208100000AddDryRunSample extends Migration {
  override up(): void {
    this.addSql(`
      alter table benefits.parameter_dry_run
        add column if not exists sample_kind varchar(6),
        add column if not exists sample_region_code varchar(40),
        add column if not exists sample_households integer,
        add column if not exists sample_seed integer`);
    this.addSql(`update benefits.parameter_dry_run set sample_kind = case when sample_share >= 1 then 'ALL' else 'SHARE' end where sample_kind is null`);
    this.addSql(`alter table benefits.parameter_dry_run alter column sample_kind set not null, alter column sample_share drop not null`);
    this.addSql(`
      alter table benefits.parameter_dry_run add constraint parameter_dry_run_sample_check check (
        (sample_kind = 'ALL' and sample_share = 1 and sample_region_code is null and sample_households is null and sample_seed is null)
        or (sample_kind = 'SHARE' and sample_share < 1 and sample_region_code is null and sample_households is null and sample_seed is null)
        or (sample_kind = 'REGION' and sample_share is null and sample_region_code is not null and sample_households is null and sample_seed is null)
        or (sample_kind = 'RANDOM' and sample_share is null and sample_region_code is null and sample_households > 0 and sample_seed >= 0))`);
  }

  override down(): void {
    this.addSql(`alter table benefits.parameter_dry_run drop constraint if exists parameter_dry_run_sample_check`);
    // A region or random sample reads as everyone's share without its columns (its report stays).
    this.addSql(`update benefits.parameter_dry_run set sample_share = 1 where sample_share is null`);
    this.addSql(`alter table benefits.parameter_dry_run alter column sample_share set not null`);
    this.addSql(`
      alter table benefits.parameter_dry_run
        drop column if exists sample_kind,
        drop column if exists sample_region_code,
        drop column if exists sample_households,
        drop column if exists sample_seed`);
  }
}
