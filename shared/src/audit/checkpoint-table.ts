import type { EntityManager } from '../db/orm.ts';
import type { ChainCheckpoint, ChainName, ChainStore } from './chain-checkpoint.ts';
import type { ChainedRow } from './access-log-chain.ts';

/** A log table and its checkpoint table, schema-qualified (both created by the owning subgraph's migrations). */
export interface ChainTables {
  readonly log: string;
  readonly checkpoints: string;
}

interface CheckpointRow {
  seq: string;
  hash: string;
  signed_at: Date;
  key_id: string;
  signature: string;
}

const toCheckpoint = (chain: ChainName, row: CheckpointRow): ChainCheckpoint => ({
  chain,
  seq: String(row.seq),
  hash: row.hash,
  signedAt: new Date(row.signed_at).toISOString(),
  keyId: row.key_id,
  signature: row.signature,
});

// `seq` is read as text (bigint beyond 2^53); ordering names the table's column, not that text.
const COLUMNS = 'c.seq::text as seq, c.hash, c.signed_at, c.key_id, c.signature';

/**
 * The checkpoint side of a chain store, in SQL shared by both logs: the table shapes are the same
 * (`<log>_checkpoint`: seq, hash, signed_at, key_id, signature; append-only).
 */
export const checkpointTable = <T extends ChainedRow>(
  em: EntityManager,
  chain: ChainName,
  tables: ChainTables,
  entriesAfter: (seq: string) => AsyncIterable<T>,
): ChainStore<T> & { all(limit: number, afterSeq?: string): Promise<ChainCheckpoint[]> } => ({
  chain,
  entriesAfter,
  async hashesAt(seqs) {
    if (seqs.length === 0) return new Map();
    const rows = await em.execute<Array<{ seq: string; hash: string }>>(
      `select seq::text as seq, hash from ${tables.log} where seq in (${seqs.map(() => '?::bigint').join(', ')})`,
      [...seqs],
    );
    return new Map(rows.map((r) => [String(r.seq), r.hash]));
  },
  async latestCheckpoint() {
    const [row] = await em.execute<CheckpointRow[]>(`select ${COLUMNS} from ${tables.checkpoints} c order by c.seq desc limit 1`);
    return row ? toCheckpoint(chain, row) : undefined;
  },
  async saveCheckpoint(checkpoint) {
    await em.execute(`insert into ${tables.checkpoints} (seq, hash, signed_at, key_id, signature) values (?::bigint, ?, ?, ?, ?) on conflict (seq) do nothing`, [
      checkpoint.seq,
      checkpoint.hash,
      new Date(checkpoint.signedAt),
      checkpoint.keyId,
      checkpoint.signature,
    ]);
  },
  async all(limit, afterSeq = '0') {
    const rows = await em.execute<CheckpointRow[]>(`select ${COLUMNS} from ${tables.checkpoints} c where c.seq > ?::bigint order by c.seq asc limit ?`, [afterSeq, limit]);
    return rows.map((row) => toCheckpoint(chain, row));
  },
});

/** The SQL of a checkpoint table beside `log` (for the owning subgraph's migration). */
export const checkpointTableSql = (schema: string, log: string): string[] => [
  `create table ${schema}.${log}_checkpoint (
     seq bigint primary key,
     hash char(64) not null,
     signed_at timestamptz not null,
     key_id varchar(16) not null,
     signature text not null
   )`,
  `create function ${schema}.refuse_checkpoint_change() returns trigger language plpgsql as $$
   begin
     raise exception 'signed checkpoints are append-only';
   end $$`,
  `create trigger ${log}_checkpoint_append_only before update or delete on ${schema}.${log}_checkpoint for each row execute function ${schema}.refuse_checkpoint_change()`,
  `create trigger ${log}_checkpoint_no_truncate before truncate on ${schema}.${log}_checkpoint for each statement execute function ${schema}.refuse_checkpoint_change()`,
];
