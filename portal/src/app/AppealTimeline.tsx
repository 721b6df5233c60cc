import { findTranslation } from '@usr/shared/i18n';
import { useLang } from './context.ts';
import { APPEAL_STRINGS } from './i18n-appeals.ts';
import { formatDate, formatDateTime, type Lang } from './i18n.ts';

/** A registry enum value in words (the catalogue's `enum.<Enum>.<VALUE>`). */
export const enumText = (lang: Lang, name: string, value: string): string => findTranslation(lang, `enum.${name}.${value}`) ?? value;

export interface TimelineAppeal {
  readonly status: string;
  readonly reason: string;
  readonly reviewDeadline?: string | null;
  readonly timeline: ReadonlyArray<{ readonly id: string; readonly kind: string; readonly at: string; readonly actor: string; readonly reason?: string | null }>;
}

/** An appeal's status and every step, oldest first, with who acted and the officer's reason. */
export const AppealTimeline = ({ appeal }: { appeal: TimelineAppeal }) => {
  const { lang } = useLang();
  const a = APPEAL_STRINGS[lang];
  return (
    <div className="appeal-timeline">
      <p>
        <strong>{enumText(lang, 'AppealStatus', appeal.status)}</strong>
        {appeal.reviewDeadline && (
          <span className="muted">
            {' '}
            · {a.reviewBy} {formatDate(lang, appeal.reviewDeadline)}
          </span>
        )}
      </p>
      <h4>{a.timeline}</h4>
      <ol className="steps timeline">
        {appeal.timeline.map((e) => (
          <li key={e.id}>
            <strong>{enumText(lang, 'AppealEventKind', e.kind)}</strong>{' '}
            <span className="muted">
              · {formatDateTime(lang, e.at)} · {enumText(lang, 'AppealActor', e.actor)}
            </span>
            {e.reason && <p className="small">{e.reason}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
};
