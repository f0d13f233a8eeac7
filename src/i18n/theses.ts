import type { Localized } from "./language.js";

/** The six theses behind the product (docs/product.md), in short: every rule serves one. */
export const THESES: Record<number, Localized> = {
  1: {
    en: "People are the main risk: training and awareness",
    de: "Der Mensch ist das größte Risiko: Schulung und Sensibilisierung",
  },
  2: {
    en: "Security is a top-down decision: management involvement",
    de: "Sicherheit ist Chefsache: Einbindung der Geschäftsleitung",
  },
  3: { en: "Concrete for the company's profile", de: "Konkret für das Profil des Unternehmens" },
  4: {
    en: "An own risk assessment decides what pays off",
    de: "Eigene Risikobewertung entscheidet, was sich lohnt",
  },
  5: {
    en: "A moving target: security by design, re-evaluated regularly",
    de: "Ein bewegliches Ziel: Security by Design, regelmäßig neu bewertet",
  },
  6: {
    en: "Learn from worst practice: real attacks on SMEs",
    de: "Aus Negativbeispielen lernen: reale Angriffe auf KMU",
  },
};
