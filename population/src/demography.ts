import { AgeSampler, annualDeathProbability } from './age-pyramid.ts';
import { yearsToDays, type Day } from './calendar.ts';
import { clamp, WeightedTable, type Random } from './random.ts';
import type { Relation, Sex } from './rows.ts';

/**
 * Who lives together: household compositions typical of Azerbaijan (many nuclear families, many
 * three-generation homes where a married son stays with his parents, widowed elders living alone),
 * with ages drawn so that children are younger than their parents, mothers were 17–46 at each
 * birth, spouses are adults, and the population as a whole follows the national age pyramid.
 * Deaths in the last year close the deceased's membership; when the head dies the spouse becomes
 * head (a new membership), so household history is kept as the registry keeps it.
 */
export type HouseholdType =
  | 'SINGLE_ELDER'
  | 'SINGLE_ADULT'
  | 'COUPLE_YOUNG'
  | 'COUPLE_ELDER'
  | 'NUCLEAR'
  | 'SINGLE_PARENT'
  | 'EXTENDED'
  | 'THREE_GENERATION';

const HOUSEHOLD_TYPES = new WeightedTable<HouseholdType>([
  ['SINGLE_ELDER', 6],
  ['SINGLE_ADULT', 5],
  ['COUPLE_YOUNG', 5],
  ['COUPLE_ELDER', 9],
  ['NUCLEAR', 44],
  ['SINGLE_PARENT', 7],
  ['EXTENDED', 10],
  ['THREE_GENERATION', 14],
]);

export const MAX_HOUSEHOLD_SIZE = 9;

export interface MembershipSpan {
  readonly relation: Relation;
  readonly from: Day;
  readonly to: Day | null;
}

export interface MemberPlan {
  readonly slot: number;
  readonly sex: Sex;
  readonly birthDay: Day;
  readonly motherSlot: number | null;
  readonly fatherSlot: number | null;
  readonly spouseSlot: number | null;
  /** Day of the marriage to `spouseSlot`. */
  readonly marriageDay: Day | null;
  readonly deathDay: Day | null;
  /** Relation to the head over time: one span, or two when the head died and relations changed. */
  readonly memberships: readonly MembershipSpan[];
}

export interface HouseholdPlan {
  readonly type: HouseholdType;
  /** When the household was set up (the head's marriage, or moving in alone). */
  readonly formedDay: Day;
  readonly members: readonly MemberPlan[];
}

/** A member while the plan is being built: ages in fractional years before the reference date. */
interface Draft {
  relation: Relation;
  sex: Sex;
  age: number;
  mother: number | null;
  father: number | null;
  spouse: number | null;
  marriedYearsAgo: number | null;
  joinedYearsAgo: number | null;
}

const ages = new AgeSampler();

const childSex = (random: Random): Sex => (random.chance(0.515) ? 'MALE' : 'FEMALE');

class PlanBuilder {
  readonly drafts: Draft[] = [];

  add(relation: Relation, sex: Sex, age: number, links: Partial<Pick<Draft, 'mother' | 'father' | 'joinedYearsAgo'>> = {}): number {
    this.drafts.push({
      relation,
      sex,
      age,
      mother: links.mother ?? null,
      father: links.father ?? null,
      spouse: null,
      marriedYearsAgo: null,
      joinedYearsAgo: links.joinedYearsAgo ?? null,
    });
    return this.drafts.length - 1;
  }

  marry(a: number, b: number, yearsAgo: number): void {
    const da = this.drafts[a];
    const db = this.drafts[b];
    if (!da || !db) throw new Error('marry: unknown member');
    da.spouse = b;
    db.spouse = a;
    da.marriedYearsAgo = yearsAgo;
    db.marriedYearsAgo = yearsAgo;
  }

  get size(): number {
    return this.drafts.length;
  }
}

const CHILD_COUNTS = new WeightedTable<number>([
  [1, 16],
  [2, 40],
  [3, 31],
  [4, 13],
]);

/** Chance that a son or daughter of this age still lives with the parents (daughters marry out earlier). */
const stillAtHome = (age: number, sex: Sex): number => {
  if (age < 18) return 1;
  const son = age < 23 ? 0.92 : age < 28 ? 0.7 : age < 34 ? 0.35 : 0.08;
  return sex === 'MALE' ? son : son * 0.55;
};

/**
 * The children of a mother now aged `motherAge`: born at her ages from `firstBirthAt`, 1.2–9 years
 * apart, none not yet born, adult ones mostly moved out. Births follow the mothers' ages, so the
 * number of infants comes out near the national birth rate.
 */
const addChildren = (
  random: Random,
  plan: PlanBuilder,
  motherAge: number,
  firstBirthAt: number,
  parents: { mother: number | null; father: number | null },
  relation: Relation,
): void => {
  let at = firstBirthAt;
  const count = CHILD_COUNTS.sample(random);
  for (let i = 0; i < count && at <= 46 && plan.size < MAX_HOUSEHOLD_SIZE; i++) {
    const age = motherAge - at;
    if (age < 0) break;
    // A newborn is registered with its mother (BIRTH facts name her), so she must be in the household.
    if (age < 1 && parents.mother === null) break;
    const sex = childSex(random);
    // Fertility has fallen over the last years: recent birth cohorts are smaller than older ones.
    const cohort = age < 1 ? 0.62 : age < 5 ? 0.75 : 1;
    if (random.chance(cohort * stillAtHome(age, sex))) plan.add(relation, sex, age, { mother: parents.mother, father: parents.father });
    at += 1.2 + Math.min(7.8, -Math.log(1 - random.float()) * 2.4);
  }
};

/** Husband (head), wife and the children still at home; the wife's age anchors everyone else's. */
const nuclear = (random: Random, plan: PlanBuilder): { head: number; headAge: number; marriedYearsAgo: number } => {
  const motherAge = ages.sample(random, 25, 60);
  const firstBirthAt = clamp(random.normal(24.5, 3.5), 18, 37);
  const fatherAge = Math.max(motherAge + clamp(random.normal(4, 3), -2, 14), 20);
  const marriedAt = Math.max(17.5, firstBirthAt - random.between(0.8, 2.5));
  const marriedYearsAgo = Math.max(0.05, motherAge - marriedAt);
  const head = plan.add('HEAD', 'MALE', fatherAge);
  const wife = plan.add('SPOUSE', 'FEMALE', motherAge);
  plan.marry(head, wife, marriedYearsAgo);
  addChildren(random, plan, motherAge, firstBirthAt, { mother: wife, father: head }, 'CHILD');
  return { head, headAge: fatherAge, marriedYearsAgo };
};

const planNuclear = (random: Random, plan: PlanBuilder): void => {
  const { headAge, marriedYearsAgo } = nuclear(random, plan);
  if (random.chance(0.05) && plan.size < MAX_HOUSEHOLD_SIZE) {
    const siblingAge = Math.max(16, headAge + random.normal(-4, 5));
    plan.add('SIBLING', random.chance(0.5) ? 'MALE' : 'FEMALE', siblingAge, { joinedYearsAgo: Math.min(marriedYearsAgo, siblingAge) });
  }
};

/** A nuclear family living with the head's widowed or elderly parents, who moved in later. */
const planExtended = (random: Random, plan: PlanBuilder): void => {
  const { head, headAge, marriedYearsAgo } = nuclear(random, plan);
  const fatherAge = headAge + clamp(random.normal(29, 4), 20, 45);
  const motherAge = Math.max(headAge + 17, fatherAge - clamp(random.normal(4, 3), -2, 12));
  const who = random.float();
  const joinedYearsAgo = random.between(0, Math.max(0.1, marriedYearsAgo));
  let father: number | null = null;
  if (who < 0.55 && fatherAge <= 99 && plan.size < MAX_HOUSEHOLD_SIZE) father = plan.add('PARENT', 'MALE', fatherAge, { joinedYearsAgo });
  if (who >= 0.15 && motherAge <= 99 && plan.size < MAX_HOUSEHOLD_SIZE) {
    const mother = plan.add('PARENT', 'FEMALE', motherAge, { joinedYearsAgo });
    if (father !== null) plan.marry(father, mother, motherAge - clamp(random.normal(21, 2), 18, 30));
    const headDraft = plan.drafts[head];
    if (headDraft) headDraft.mother = mother;
  }
  const headDraft = plan.drafts[head];
  if (headDraft && father !== null) headDraft.father = father;
};

/** Elderly head (and wife), their married son with his wife and children, maybe a younger unmarried child. */
const planThreeGeneration = (random: Random, plan: PlanBuilder): void => {
  const elderAge = ages.sample(random, 53, 90);
  const grandmotherAge = Math.max(44, elderAge - clamp(random.normal(4, 3), -2, 12));
  const sonAge = grandmotherAge - clamp(random.normal(26, 4), 19, 40);
  if (sonAge < 20) {
    planNuclear(random, plan);
    return;
  }
  const shape = random.float();
  let grandfather: number | null = null;
  let grandmother: number | null = null;
  if (shape < 0.72) {
    grandfather = plan.add('HEAD', 'MALE', elderAge);
    grandmother = plan.add('SPOUSE', 'FEMALE', grandmotherAge);
    plan.marry(grandfather, grandmother, grandmotherAge - clamp(random.normal(21, 2), 18, 30));
  } else if (shape < 0.94) {
    grandmother = plan.add('HEAD', 'FEMALE', grandmotherAge);
  } else {
    grandfather = plan.add('HEAD', 'MALE', elderAge);
  }
  const son = plan.add('CHILD', 'MALE', sonAge, { mother: grandmother, father: grandfather });
  const wifeAge = Math.max(18, sonAge - clamp(random.normal(3, 2), -1, 10));
  const marriedYearsAgo = random.between(0.3, Math.max(0.4, Math.min(sonAge - 19, wifeAge - 17.5, 20)));
  const daughterInLaw = plan.add('OTHER_RELATIVE', 'FEMALE', wifeAge, { joinedYearsAgo: marriedYearsAgo });
  plan.marry(son, daughterInLaw, marriedYearsAgo);
  const firstBirthAt = wifeAge - marriedYearsAgo + random.between(0.8, 2.5);
  addChildren(random, plan, wifeAge, firstBirthAt, { mother: daughterInLaw, father: son }, 'GRANDCHILD');
  if (random.chance(0.3) && plan.size < MAX_HOUSEHOLD_SIZE) {
    const youngest = Math.max(14, grandmotherAge - 44);
    const oldest = sonAge - 1.5;
    if (oldest > youngest) plan.add('CHILD', childSex(random), random.between(youngest, oldest), { mother: grandmother, father: grandfather });
  }
};

const planSingleParent = (random: Random, plan: PlanBuilder): void => {
  const parentAge = ages.sample(random, 22, 58);
  const isMother = random.chance(0.9);
  const head = plan.add('HEAD', isMother ? 'FEMALE' : 'MALE', parentAge);
  // A father's children are counted on the ages of their (absent) mother, a few years younger.
  const motherAge = isMother ? parentAge : parentAge - 3;
  const firstBirthAt = clamp(random.normal(23.5, 3.5), 17, 36);
  addChildren(random, plan, motherAge, firstBirthAt, { mother: isMother ? head : null, father: isMother ? null : head }, 'CHILD');
  const oldest = (plan.drafts[1]?.age ?? 0) + 1;
  if (random.chance(0.22) && plan.size < MAX_HOUSEHOLD_SIZE) {
    const grandmotherAge = parentAge + clamp(random.normal(26, 4), 18, 42);
    if (grandmotherAge <= 95) {
      const grandmother = plan.add('PARENT', 'FEMALE', grandmotherAge, { joinedYearsAgo: random.between(0, Math.max(0.1, oldest)) });
      const headDraft = plan.drafts[head];
      if (headDraft) headDraft.mother = grandmother;
    }
  }
};

const planCoupleYoung = (random: Random, plan: PlanBuilder): void => {
  const husbandAge = ages.sample(random, 21, 34);
  const wifeAge = Math.max(18, husbandAge - clamp(random.normal(3, 2), -1, 10));
  const head = plan.add('HEAD', 'MALE', husbandAge);
  const wife = plan.add('SPOUSE', 'FEMALE', wifeAge);
  plan.marry(head, wife, random.between(0.05, Math.max(0.1, Math.min(3, wifeAge - 17.5))));
};

const planCoupleElder = (random: Random, plan: PlanBuilder): void => {
  const husbandAge = ages.sample(random, 56, 92);
  const wifeAge = Math.max(50, husbandAge - clamp(random.normal(4, 3), -2, 12));
  const head = plan.add('HEAD', 'MALE', husbandAge);
  const wife = plan.add('SPOUSE', 'FEMALE', wifeAge);
  plan.marry(head, wife, wifeAge - clamp(random.normal(21, 2), 18, 30));
};

const planSingle = (random: Random, plan: PlanBuilder, elder: boolean): void => {
  const age = elder ? ages.sample(random, 60, 99) : ages.sample(random, 19, 59);
  const sex: Sex = random.chance(elder ? 0.7 : 0.4) ? 'FEMALE' : 'MALE';
  plan.add('HEAD', sex, age, { joinedYearsAgo: random.between(0, Math.min(age - 18, 30)) });
};

const PLANNERS: Record<HouseholdType, (random: Random, plan: PlanBuilder) => void> = {
  SINGLE_ELDER: (random, plan) => planSingle(random, plan, true),
  SINGLE_ADULT: (random, plan) => planSingle(random, plan, false),
  COUPLE_YOUNG: planCoupleYoung,
  COUPLE_ELDER: planCoupleElder,
  NUCLEAR: planNuclear,
  SINGLE_PARENT: planSingleParent,
  EXTENDED: planExtended,
  THREE_GENERATION: planThreeGeneration,
};

/** After the head dies, how the survivors relate to the new head (the head's widow or widower). */
const RELATION_TO_SURVIVING_SPOUSE: Partial<Record<Relation, Relation>> = {
  PARENT: 'OTHER_RELATIVE',
  SIBLING: 'OTHER_RELATIVE',
};

/**
 * Plans one household: its composition, everyone's birth day, marriages, when each member joined,
 * and who died during the last year. `maxMembers` truncates the last household of a run so the
 * total is exactly N persons.
 */
export const planHousehold = (random: Random, today: Day, maxMembers: number): HouseholdPlan => {
  const type = HOUSEHOLD_TYPES.sample(random);
  const builder = new PlanBuilder();
  PLANNERS[type](random, builder);
  const drafts = builder.drafts.slice(0, Math.max(1, Math.min(maxMembers, MAX_HOUSEHOLD_SIZE)));
  const kept = (slot: number | null): number | null => (slot !== null && slot < drafts.length ? slot : null);

  const yesterday = today - 1;
  const birthDays = drafts.map((d) => yesterday - yearsToDays(d.age));
  const head = drafts[0];
  if (!head) throw new Error('a household needs a head');
  const headMarried = head.marriedYearsAgo !== null && kept(head.spouse) !== null;
  const formedYearsAgo = headMarried ? (head.marriedYearsAgo ?? 0) : (head.joinedYearsAgo ?? Math.max(0, Math.min(head.age - 18, random.between(0, 25))));
  const formedDay = Math.max(birthDays[0] ?? yesterday, yesterday - yearsToDays(formedYearsAgo));

  // Joined: members present since the household was formed, or since birth, or since moving in.
  const joinedDays = drafts.map((d, i) => {
    const birth = birthDays[i] ?? yesterday;
    const moved = d.joinedYearsAgo !== null ? yesterday - yearsToDays(d.joinedYearsAgo) : formedDay;
    return Math.min(yesterday, Math.max(birth, d.relation === 'HEAD' ? formedDay : moved));
  });

  // Deaths in the last year. Mothers of last year's babies are spared (the birth must follow any
  // death of the mother), and a head dies only when a spouse can take over as head.
  const deathDays: (Day | null)[] = drafts.map(() => null);
  const yearAgo = today - 365;
  const babyMothers = new Set(drafts.flatMap((d, i) => ((birthDays[i] ?? 0) >= yearAgo && d.mother !== null ? [d.mother] : [])));
  drafts.forEach((d, i) => {
    if (i === 0 || babyMothers.has(i) || !random.chance(annualDeathProbability(d.age))) return;
    const earliest = Math.max(yearAgo, birthDays[i] ?? yearAgo, joinedDays[i] ?? yearAgo);
    deathDays[i] = random.int(Math.min(earliest, yesterday), yesterday);
  });
  const spouseOfHead = kept(head.spouse);
  const headCanDie = spouseOfHead !== null && deathDays[spouseOfHead] === null && !babyMothers.has(0);
  if (headCanDie && random.chance(annualDeathProbability(head.age))) {
    const earliest = Math.max(yearAgo, joinedDays[0] ?? yearAgo, joinedDays[spouseOfHead] ?? yearAgo);
    deathDays[0] = random.int(Math.min(earliest, yesterday), yesterday);
  }

  const headDeath = deathDays[0] ?? null;
  const members = drafts.map((d, i): MemberPlan => {
    const from = joinedDays[i] ?? yesterday;
    const death = deathDays[i] ?? null;
    let memberships: MembershipSpan[] = [{ relation: d.relation, from, to: death }];
    if (headDeath !== null && i !== 0 && death === null) {
      const successor = i === spouseOfHead;
      const changed = successor ? 'HEAD' : RELATION_TO_SURVIVING_SPOUSE[d.relation];
      // Who joined after the head's death joined the widow(er)'s household directly.
      if (changed && from > headDeath) memberships = [{ relation: changed, from, to: null }];
      else if (changed) memberships = [{ relation: d.relation, from, to: headDeath }, { relation: changed, from: headDeath + 1, to: null }];
    }
    const spouse = kept(d.spouse);
    return {
      slot: i,
      sex: d.sex,
      birthDay: birthDays[i] ?? yesterday,
      motherSlot: kept(d.mother),
      fatherSlot: kept(d.father),
      spouseSlot: spouse,
      marriageDay: spouse !== null && d.marriedYearsAgo !== null ? Math.min(yesterday, yesterday - yearsToDays(d.marriedYearsAgo)) : null,
      deathDay: death,
      memberships,
    };
  });
  return { type, formedDay, members };
};
