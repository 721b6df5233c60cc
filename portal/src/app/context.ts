import { createContext, useContext } from 'react';
import { STRINGS, type Lang, type Strings } from './i18n.ts';

export interface LangContextValue {
  readonly lang: Lang;
  readonly t: Strings;
}

export const LangContext = createContext<LangContextValue>({ lang: 'az', t: STRINGS.az });

export const useLang = (): LangContextValue => useContext(LangContext);
