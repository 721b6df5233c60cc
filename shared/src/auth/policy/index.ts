/**
 * The policy module: who may see which datum of whose record, with which masking and purpose.
 * Every subgraph and the gateway ask it; nothing else keeps a copy of these rules.
 * - callers.ts: caller classes (staff with a purpose, everyone-readers, the engine), the refusals;
 * - data.ts: data classes (contact, bank account, fact, health) and how each is masked or withheld;
 * - benefits.ts: records of a benefit whose type reveals health (a disability) are health data;
 * - decision-inputs.ts: what a decision's reader sees of each input it used;
 * - rule-parameters.ts: the four eyes over rule parameters (editor drafts, another person approves);
 * - named-policies.ts: the predicates `@policy(policies: ...)` names in the SDL;
 * - ../record-access.ts: the per-request record rule (own, household, region, everyone).
 */
export * from './benefits.ts';
export * from './callers.ts';
export * from './data.ts';
export * from './decision-inputs.ts';
export * from './named-policies.ts';
export * from './rule-parameters.ts';
export * from './change-reviews.ts';
