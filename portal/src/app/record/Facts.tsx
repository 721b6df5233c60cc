import { ContestFact } from './ContestFact.tsx';
import type { CorrectionRequest, Fact, Person } from './record-types.ts';
import { factFields } from './fact-value.ts';
import { Section } from './Section.tsx';
import { useSpeech } from '../i18n/intl.ts';

/** A fact's typed value in words (also the contested value in the caseworkers' queue). */
export const FactValue = ({ value }: { value: Fact['value'] }) => {
  const speech = useSpeech();
  const fields = factFields(value, speech);
  if (fields.length === 0) return null;
  return (
    <dl className="value">
      {fields.map((f) => (
        <div key={f.key}>
          <dt>{f.label}</dt>
          <dd lang={f.asWritten ? 'az' : undefined}>{f.text}</dd>
        </div>
      ))}
    </dl>
  );
};

/** What agencies report about the person, by agency, each fact with its source reference. */
export const Facts = ({
  person,
  contestedIds,
  onFiled,
}: {
  person: Person;
  contestedIds: ReadonlySet<string>;
  /** Absent for staff: only the person themself contests their facts. */
  onFiled: ((request: CorrectionRequest) => void) | undefined;
}) => {
  const { t, code, date, dateTime, language } = useSpeech();
  const byAgency = new Map<string, { name: string; facts: Fact[] }>();
  for (const fact of person.facts.items) {
    const group = byAgency.get(fact.agency.code) ?? { name: code('agency', fact.agency.code), facts: [] };
    group.facts.push(fact);
    byAgency.set(fact.agency.code, group);
  }
  const groups = [...byAgency.entries()].sort(([, a], [, b]) => a.name.localeCompare(b.name, language));
  return (
    <Section id="facts" title={onFiled ? t('portal.facts') : t('staff.facts')}>
      <p className="small">{t('portal.factsIntro')}</p>
      {groups.length === 0 && <p>{t('portal.noFacts')}</p>}
      {groups.map(([code, group]) => (
        <section key={code} className="agency" aria-labelledby={`agency-${code}`}>
          <h3 id={`agency-${code}`}>
            {group.name} <span className="muted small">({t('portal.factCount', { n: group.facts.length })})</span>
          </h3>
          <ul className="list">
            {group.facts.map((f) => {
              const contested = contestedIds.has(f.id);
              return (
                <li key={f.id} className="fact">
                  <strong id={`fact-${f.id}-kind`}>{t(`enum.FactKind.${f.kind}`)}</strong>
                  {contested && <span className="badge">{t('portal.contested')}</span>}
                  {f.selfDeclared && <span className="badge">{t('portal.selfDeclared')}</span>}
                  <FactValue value={f.value} />
                  <div className="small">
                    {t('portal.validFrom')} {date(f.validFrom)} {t('portal.validTo')} {f.validTo ? date(f.validTo) : t('portal.ongoing')}
                  </div>
                  <div className="small">
                    {t('portal.sourceReference')}:{' '}
                    <span id={`fact-${f.id}-ref`} className="mono">
                      {f.sourceReference}
                    </span>{' '}
                    · {t('portal.recordedAt')} {dateTime(f.recordedAt)}
                  </div>
                  {onFiled && <ContestFact fact={f} contested={contested} onFiled={onFiled} />}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {person.facts.hasMore && <p className="small">{t('portal.moreFacts')}</p>}
    </Section>
  );
};
