import type { FactKind, FactValue } from '@usr/shared';
import { ageOn, civilFromDay, dayFromCivil, firstDayOfMonth, isoDate, lastDayOfMonth, monthKey, type Day, type MonthIndex } from './calendar.ts';
import { UTILITY_MONTHS, type GenerationContext } from './context.ts';
import { FactWriter, type FactDraft, type WrittenFact } from './fact-writer.ts';
import { currentHead, memberAt, type HouseholdModel, type MemberModel } from './household-model.ts';
import { INCOME_SERIES_MONTHS } from './livelihood.ts';
import type { Random } from './random.ts';

/**
 * Every agency's facts about one household: civil status (justice), residence (interior), work
 * and income (labour, taxes), insurance record (pension fund), health (medical expertise, health),
 * studies, property, vehicles, land, farming, utilities, deposits, border crossings, customs,
 * military service, IDP status and residence permits.
 */

export interface IncomeFact {
  readonly fact: WrittenFact<'INCOME'>;
  readonly month: MonthIndex;
  readonly amount: number;
}

/** The facts benefit decisions cite, by subject PIN. */
export interface HouseholdFacts {
  readonly incomes: ReadonlyMap<string, readonly IncomeFact[]>;
  readonly insured: ReadonlyMap<string, WrittenFact<'INSURED_YEARS'>>;
  readonly disability: ReadonlyMap<string, WrittenFact<'DISABILITY'>>;
  readonly births: ReadonlyMap<string, WrittenFact<'BIRTH'>>;
}

/** Share of INCOME facts later corrected by the tax service. */
const INCOME_CORRECTION_RATE = 0.02;
/** Registration of the electronic farm registry (EKTIS). */
const FARM_REGISTRY_START = dayFromCivil(2019, 6, 1);
/** Start of IDP registration as the committee's records have it. */
const IDP_REGISTRATION_START = dayFromCivil(1993, 1, 1);

const yearOf = (day: Day): number => civilFromDay(day).year;

export const writeHouseholdFacts = (ctx: GenerationContext, random: Random, household: HouseholdModel, incomeFromMonth: MonthIndex): HouseholdFacts => {
  const writer = new FactWriter(ctx, random);
  const incomes = new Map<string, IncomeFact[]>();
  const insured = new Map<string, WrittenFact<'INSURED_YEARS'>>();
  const disability = new Map<string, WrittenFact<'DISABILITY'>>();
  const births = new Map<string, WrittenFact<'BIRTH'>>();
  const { today } = ctx;
  const { place } = household;

  for (const member of household.members) {
    const { person, livelihood } = member;
    const pin = person.pin;
    const death = person.deathDay;
    /** Facts of the dead end at death; none begins after it. */
    const write = <K extends FactKind>(draft: FactDraft<K>, corrected?: FactValue<K>): WrittenFact<K> | null => {
      if (death !== null && draft.validFrom > death) return null;
      const validTo = death !== null ? Math.min(draft.validTo ?? death, death) : draft.validTo;
      return writer.write({ ...draft, validTo }, corrected);
    };
    const age = ageOn(person.birthDay, death ?? today);
    const firstSpan = person.memberships[0];
    const movedIn = firstSpan?.from ?? person.birthDay;

    // Civil status.
    if (person.birthDay >= today - 365) {
      const mother = memberAt(household, person.motherSlot);
      const father = memberAt(household, person.fatherSlot);
      if (mother) {
        const value: FactValue<'BIRTH'> = father
          ? { motherPin: mother.person.pin, fatherPin: father.person.pin, districtCode: place.districtCode }
          : { motherPin: mother.person.pin, districtCode: place.districtCode };
        const fact = write({ kind: 'BIRTH', subjectPin: pin, value, validFrom: person.birthDay, validTo: null, referencePrefix: `JUS-BIRTH-${yearOf(person.birthDay)}`, delayDays: random.int(2, 20) });
        if (fact) births.set(pin, fact);
      }
    }
    if (death !== null) {
      const year = yearOf(death);
      write({ kind: 'DEATH', subjectPin: pin, value: { certificateNumber: `AR-${year} № ${random.digits(7)}` }, validFrom: death, validTo: null, referencePrefix: `JUS-DEATH-${year}`, delayDays: random.int(0, 3) });
    }
    const spouse = memberAt(household, person.spouseSlot);
    if (spouse && person.marriageDay !== null) {
      const spouseDeath = spouse.person.deathDay;
      write({
        kind: 'MARRIAGE',
        subjectPin: pin,
        value: { spousePin: spouse.person.pin },
        validFrom: person.marriageDay,
        validTo: spouseDeath,
        referencePrefix: `JUS-MARR-${yearOf(person.marriageDay)}`,
        delayDays: random.int(0, 2),
      });
    }
    write({ kind: 'REGISTERED_ADDRESS', subjectPin: pin, value: { address: place.addressLine, districtCode: place.districtCode }, validFrom: movedIn, validTo: null, referencePrefix: `MIA-${yearOf(movedIn)}`, delayDays: random.int(1, 15) });
    if (person.citizenship !== 'AZE') {
      const permanent = random.chance(0.3);
      write({
        kind: 'RESIDENCE_PERMIT',
        subjectPin: pin,
        value: { permitType: permanent ? 'PERMANENT' : 'TEMPORARY' },
        validFrom: movedIn,
        validTo: permanent ? null : Math.max(movedIn + 365, today + random.int(30, 700)),
        referencePrefix: `MIG-${yearOf(movedIn)}`,
        delayDays: random.int(1, 10),
      });
    }
    if (household.assets.idpOrigin !== null) {
      const from = Math.max(person.birthDay, IDP_REGISTRATION_START + random.int(0, 700));
      write({ kind: 'IDP_STATUS', subjectPin: pin, value: { originDistrictCode: household.assets.idpOrigin }, validFrom: from, validTo: null, referencePrefix: `IDP-${yearOf(from)}`, delayDays: random.int(5, 60) });
    }

    // Work and income.
    const { job, pastJob, unemployment } = livelihood;
    if (pastJob) {
      write({ kind: 'EMPLOYMENT', subjectPin: pin, value: { employer: pastJob.employer, position: pastJob.position }, validFrom: pastJob.from, validTo: pastJob.to, referencePrefix: `LAB-EMP-${yearOf(pastJob.from)}`, delayDays: 0 });
    }
    if (job?.source === 'SALARY' && job.employer !== null && job.position !== null) {
      write({ kind: 'EMPLOYMENT', subjectPin: pin, value: { employer: job.employer, position: job.position }, validFrom: job.since, validTo: null, referencePrefix: `LAB-EMP-${yearOf(job.since)}`, delayDays: 0 });
    }
    if (unemployment) {
      write({ kind: 'UNEMPLOYMENT', subjectPin: pin, value: { office: unemployment.office }, validFrom: unemployment.from, validTo: unemployment.to, referencePrefix: `LAB-UNE-${yearOf(unemployment.from)}`, delayDays: random.int(0, 5) });
    }
    if (job) {
      const written: IncomeFact[] = [];
      const seriesStart = ctx.currentMonth - INCOME_SERIES_MONTHS;
      const forced = household.scenario.correctIncome?.get(pin);
      for (let month = Math.max(incomeFromMonth, seriesStart); month < ctx.currentMonth; month++) {
        const amount = livelihood.monthlyIncome[month - seriesStart] ?? 0;
        if (amount <= 0) continue;
        const value: FactValue<'INCOME'> =
          job.source === 'SALARY' && job.employer !== null
            ? { amount, month: monthKey(month), source: 'SALARY', payer: job.employer }
            : { amount, month: monthKey(month), source: 'SELF_EMPLOYMENT' };
        const correct = forced === month || (forced === undefined && random.chance(INCOME_CORRECTION_RATE));
        const corrected = correct ? { ...value, amount: Math.round(amount * (1 + (random.chance(0.5) ? 1 : -1) * random.between(0.04, 0.2)) * 100) / 100 } : undefined;
        const fact = write(
          { kind: 'INCOME', subjectPin: pin, value, validFrom: firstDayOfMonth(month), validTo: lastDayOfMonth(month), referencePrefix: `TAX-${monthKey(month)}`, delayDays: random.int(5, 25), reportedAfter: lastDayOfMonth(month) },
          corrected,
        );
        if (fact) written.push({ fact, month, amount: fact.value.amount });
      }
      incomes.set(pin, written);
    }
    if (livelihood.insuredMonths > 0 && age >= 18) {
      const months = livelihood.insuredMonths;
      const fact = write({
        kind: 'INSURED_YEARS',
        subjectPin: pin,
        value: { years: Math.floor(months / 12), months: months % 12 },
        validFrom: livelihood.insuredAsOf,
        validTo: null,
        referencePrefix: `SSF-${yearOf(livelihood.insuredAsOf)}`,
        delayDays: random.int(2, 9),
      });
      if (fact) insured.set(pin, fact);
    }
    if (livelihood.military) {
      const { since, type } = livelihood.military;
      write({ kind: 'MILITARY_SERVICE', subjectPin: pin, value: { serviceType: type }, validFrom: since, validTo: null, referencePrefix: `MIL-${yearOf(since)}`, delayDays: random.int(1, 10) });
    }

    // Health.
    const d = livelihood.disability;
    if (d) {
      if (d.firstDetermined !== null) {
        write({
          kind: 'DISABILITY',
          subjectPin: pin,
          value: { group: d.group, cause: d.cause, reviewDate: isoDate(d.since) },
          validFrom: d.firstDetermined,
          validTo: d.since - 1,
          referencePrefix: `MSE-${yearOf(d.firstDetermined)}`,
          delayDays: random.int(1, 10),
        });
      }
      const value: FactValue<'DISABILITY'> = d.reviewDay !== null ? { group: d.group, cause: d.cause, reviewDate: isoDate(d.reviewDay) } : { group: d.group, cause: d.cause };
      const fact = write({ kind: 'DISABILITY', subjectPin: pin, value, validFrom: d.since, validTo: null, referencePrefix: `MSE-${yearOf(d.since)}`, delayDays: random.int(1, 10) });
      if (fact) disability.set(pin, fact);
    }
    for (const condition of livelihood.conditions) {
      const from = Math.max(condition.since, person.birthDay);
      write({ kind: 'MEDICAL_CONDITION', subjectPin: pin, value: { icd10: condition.icd10, chronic: condition.chronic }, validFrom: from, validTo: null, referencePrefix: `MOH-${yearOf(from)}`, delayDays: random.int(0, 30) });
    }

    // Studies, money, travel.
    const study = livelihood.study;
    if (study) {
      write({ kind: 'STUDENT', subjectPin: pin, value: { institution: study.institution, level: study.level, fullTime: study.fullTime }, validFrom: study.since, validTo: null, referencePrefix: `EDU-${yearOf(study.since)}`, delayDays: random.int(5, 30) });
    }
    if (livelihood.deposit) {
      const month = ctx.currentMonth - 1;
      write({ kind: 'BANK_DEPOSIT', subjectPin: pin, value: { bank: livelihood.deposit.bank, amount: livelihood.deposit.amount }, validFrom: firstDayOfMonth(month), validTo: lastDayOfMonth(month), referencePrefix: `CBA-${monthKey(month)}`, delayDays: random.int(3, 12), reportedAfter: lastDayOfMonth(month) });
    }
    for (const trip of livelihood.abroad) {
      const back = trip.from + trip.days - 1;
      write({ kind: 'ABROAD_STAY', subjectPin: pin, value: { country: trip.country, days: trip.days }, validFrom: trip.from, validTo: back, referencePrefix: `BRD-${yearOf(trip.from)}`, delayDays: random.int(0, 1), reportedAfter: back });
    }
    for (const declaration of livelihood.imports) {
      write({ kind: 'IMPORT_DECLARATION', subjectPin: pin, value: { valueAzn: declaration.valueAzn }, validFrom: declaration.day, validTo: declaration.day, referencePrefix: `CUS-${yearOf(declaration.day)}`, delayDays: random.int(0, 3) });
    }
  }

  writeAssetFacts(ctx, random, writer, household);
  return { incomes, insured, disability, births };
};

/** Property, vehicle, land and farm registrations, and the address's utility meters. */
const writeAssetFacts = (ctx: GenerationContext, random: Random, writer: FactWriter, household: HouseholdModel): void => {
  const head = currentHead(household);
  const spouse = memberAt(household, head.person.spouseSlot);
  const owner: MemberModel = household.assets.ownedBySpouse && spouse && spouse.person.deathDay === null ? spouse : head;
  const ownerPin = owner.person.pin;
  const { place, assets } = household;
  const { today } = ctx;

  for (const property of assets.realEstate) {
    writer.write({
      kind: 'REAL_ESTATE',
      subjectPin: ownerPin,
      value: { propertyType: property.propertyType, areaSqm: property.areaSqm, districtCode: place.districtCode, cadastralNumber: property.cadastralNumber },
      validFrom: property.since,
      validTo: null,
      referencePrefix: `PRO-${yearOf(property.since)}`,
      delayDays: random.int(3, 30),
    });
  }
  for (const plot of assets.land) {
    writer.write({ kind: 'LAND', subjectPin: ownerPin, value: { hectares: plot.hectares, landUse: plot.landUse }, validFrom: plot.since, validTo: null, referencePrefix: `PRO-${yearOf(plot.since)}`, delayDays: random.int(3, 30) });
  }
  if (assets.vehicle) {
    const { model, year, since } = assets.vehicle;
    writer.write({ kind: 'VEHICLE', subjectPin: ownerPin, value: { make: model.make, model: model.model, year, engineCc: model.engineCc }, validFrom: since, validTo: null, referencePrefix: `VEH-${yearOf(since)}`, delayDays: random.int(0, 5) });
  }
  const farmland = assets.land.filter((plot) => plot.landUse === 'AGRICULTURAL').reduce((sum, plot) => sum + plot.hectares, 0);
  for (const member of household.members) {
    if (!member.livelihood.farmer || member.person.deathDay !== null) continue;
    const since = Math.min(today - 1, FARM_REGISTRY_START + random.int(0, 1500));
    const hectaresCultivated = Math.round((farmland > 0 ? farmland * random.between(0.5, 1) : random.between(0.3, 3)) * 100) / 100;
    writer.write({ kind: 'FARMER_REGISTRATION', subjectPin: member.person.pin, value: { hectaresCultivated }, validFrom: since, validTo: null, referencePrefix: `AGR-${yearOf(since)}`, delayDays: random.int(1, 20) });
  }

  // Monthly meter readings on the head's account for the last completed months.
  const residents = household.members.filter((m) => m.person.deathDay === null).length;
  const headSince = head.person.memberships[0]?.from ?? household.plan.formedDay;
  for (let month = ctx.currentMonth - UTILITY_MONTHS; month < ctx.currentMonth; month++) {
    const from = firstDayOfMonth(month);
    const to = lastDayOfMonth(month);
    if (to < headSince) continue;
    const calendarMonth = (month % 12) + 1;
    const winter = calendarMonth <= 3 || calendarMonth >= 11;
    const summer = calendarMonth >= 6 && calendarMonth <= 8;
    const reading = { validFrom: from, validTo: to, reportedAfter: to, delayDays: random.int(2, 10) };
    const kwh = Math.round((90 + 55 * residents) * (winter ? 1.3 : summer ? 1.2 : 0.9) * random.logNormal(1, 0.25));
    writer.write({ kind: 'ELECTRICITY_CONSUMPTION', subjectPin: head.person.pin, value: { month: monthKey(month), kwh }, referencePrefix: `AZI-${monthKey(month)}`, ...reading });
    if (assets.gas) {
      const gas = winter ? random.between(150, 380) * (0.8 + residents * 0.06) : random.between(12, 40) * (0.8 + residents * 0.1);
      writer.write({ kind: 'GAS_CONSUMPTION', subjectPin: head.person.pin, value: { month: monthKey(month), cubicMetres: Math.round(gas * 10) / 10 }, referencePrefix: `AZQ-${monthKey(month)}`, ...reading });
    }
    if (assets.water) {
      const water = 2.8 * residents * random.logNormal(1, 0.2);
      writer.write({ kind: 'WATER_CONSUMPTION', subjectPin: head.person.pin, value: { month: monthKey(month), cubicMetres: Math.round(water * 10) / 10 }, referencePrefix: `AZS-${monthKey(month)}`, ...reading });
    }
  }
};
