import type { Resolvers } from '../generated/resolvers-types.ts';
import { registryToday } from '@usr/shared';
import { getBenefitType, parameterHistory, parametersOn } from '../services/catalogue-service.ts';

export const benefitTypeResolvers: Pick<Resolvers, 'BenefitType'> = {
  BenefitType: {
    __resolveReference: (ref) => getBenefitType(ref.code),
    parameters: (type, { on }) => parametersOn(type, on ?? registryToday()),
    parameterHistory: (type) => parameterHistory(type),
  },
};
