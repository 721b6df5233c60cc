import type { AppealActor, AppealEventKind, AppealStatus } from '../generated/graphql.ts';
import { useSpeech } from './i18n/intl.ts';

/** What the timeline reads of an appeal (the citizen's page and the auditors' alike). */
export interface TimelineAppeal {
  readonly status: AppealStatus;
  readonly reason: string;
  readonly reviewDeadline?: string | null;
  readonly timeline: ReadonlyArray<{ readonly id: string; readonly kind: AppealEventKind; readonly at: string; readonly actor: AppealActor; readonly reason?: string | null }>;
}

/**
 * An appeal's status and every step, oldest first, with who acted and the officer's reason. The
 * citizen reads her own steps as "You"; staff read them as the citizen's.
 */
export const AppealTimeline = ({ appeal, reader }: { appeal: TimelineAppeal; reader: 'citizen' | 'staff' }) => {
  const { t, date, dateTime } = useSpeech();
  const actor = (value: AppealActor) => (reader === 'staff' && value === 'CITIZEN' ? t('staff.appeal.actorCitizen') : t(`enum.AppealActor.${value}`));
  return (
    <div className="appeal-timeline">
      <p>
        <strong>{t(`enum.AppealStatus.${appeal.status}`)}</strong>
        {appeal.reviewDeadline && (
          <span className="muted">
            {' '}
            · {t('portal.appeal.reviewBy')} {date(appeal.reviewDeadline)}
          </span>
        )}
      </p>
      <h4>{t('portal.appeal.timeline')}</h4>
      <ol className="steps timeline">
        {appeal.timeline.map((e) => (
          <li key={e.id}>
            <strong>{t(`enum.AppealEventKind.${e.kind}`)}</strong>{' '}
            <span className="muted">
              · {dateTime(e.at)} · {actor(e.actor)}
            </span>
            {e.reason && <p className="small">{e.reason}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
};

/** A fact a decision used, named for a person: its kind in words and the agency's reference. */
export const useFactLabel = (): ((input: { readonly kind: string; readonly fact?: { readonly sourceReference: string } | null }) => string) => {
  const { t, code } = useSpeech();
  return (input) => (input.fact ? `${code('enum.FactKind', input.kind)} · ${t('portal.sourceReference')}: ${input.fact.sourceReference}` : code('enum.FactKind', input.kind));
};
