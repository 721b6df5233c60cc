import { ContestFact } from './ContestFact.tsx';
import type { CorrectionRequest, Fact, FactFields, Person } from './record-types.ts';
import { factFields } from './fact-value.ts';
import { Section } from './Section.tsx';
import { useSpeech } from '../i18n/intl.ts';

/** A fact's typed value in words (also the contested value in the caseworkers' queue). */
export const FactValue = ({ value }: { value: FactFields['value'] }) => {
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

/** When a fact held from when to when, and where it came from. */
const FactProvenance = ({ fact: f }: { fact: FactFields }) => {
  const { t, date, dateTime } = useSpeech();
  return (
    <>
      <div className="small">
        {t('portal.validFrom')} {date(f.validFrom)} {t('portal.validTo')} {f.validTo ? date(f.validTo) : t('portal.ongoing')}
      </div>
      <div className="small">
        {t('portal.sourceReference')}: <span className="mono">{f.sourceReference}</span> · {t('portal.recordedAt')} {dateTime(f.recordedAt)}
      </div>
    </>
  );
};

/** What the agency said before it corrected a fact, the latest first (nothing for a first version). */
const FactHistory = ({ versions }: { versions: readonly FactFields[] }) => {
  const { t } = useSpeech();
  if (versions.length === 0) return null;
  return (
    <details className="history">
      <summary>{t('portal.factHistory', { n: versions.length })}</summary>
      <p className="small">{t('portal.factHistoryIntro')}</p>
      <ol className="list">
        {versions.map((v) => (
          <li key={v.id}>
            <FactValue value={v.value} />
            <FactProvenance fact={v} />
          </li>
        ))}
      </ol>
    </details>
  );
};

/**
 * Facts about someone else that name the person in another role (the mother in a child's birth, a
 * spouse in a marriage): the fact is about them too, so their record shows it.
 */
export const FactsInOtherRoles = ({ person, staff }: { person: Person; staff: boolean }) => {
  const { t, code } = useSpeech();
  const named = person.factsInOtherRoles;
  return (
    <Section id="facts-other-roles" title={staff ? t('staff.otherRoles') : t('portal.otherRoles')}>
      <p className="small">{t('portal.otherRolesIntro')}</p>
      {named.length === 0 && <p>{t('portal.noOtherRoles')}</p>}
      <ul className="list">
        {named.map(({ role, fact: f }) => (
          <li key={`${role}-${f.id}`} className="fact">
            <strong>{t(`enum.FactKind.${f.kind}`)}</strong> <span className="badge">{t(`enum.FactRole.${role}`)}</span>
            <span className="muted small"> · {code('agency', f.agency.code)}</span>
            <FactValue value={f.value} />
            <FactProvenance fact={f} />
            <FactHistory versions={f.previousVersions} />
          </li>
        ))}
      </ul>
    </Section>
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
                  <FactHistory versions={f.previousVersions} />
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
