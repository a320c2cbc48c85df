import { createContext, useContext, type ReactNode } from "react";
import { en } from "./en";
import { vi, type Strings } from "./vi";

export type Language = "vi" | "en";
export type { Strings };

export const STRINGS: Readonly<Record<Language, Strings>> = { vi, en };

const StringsContext = createContext<Strings>(vi);

/** Gives the components below the strings of one language. */
export function StringsProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <StringsContext.Provider value={STRINGS[language]}>{children}</StringsContext.Provider>;
}

export function useStrings(): Strings {
  return useContext(StringsContext);
}
