import type { ProblemParams, ProblemText } from "./en.js";
import type { EN_YAML_PROBLEMS } from "./yaml-en.js";

// The YAML library's errors in German, one problem per error code (same keys as yaml-en.ts).
// Each code is worded here: the library's English sentence (`detail`) is never shown.

const SYNTAX = "YAML-Syntaxfehler:";
const CHECK_HERE =
  "prüfen Sie Einrückung (Leerzeichen, keine Tabulatoren) und Anführungszeichen an dieser Stelle";
const NO_TAGS =
  "entfernen Sie die Zeichen & und ! vor dem Wert; ein Manifest braucht weder Anker noch Tags";

type Variants = Record<string, { message: string; hint: string }> & {
  other: { message: string; hint: string };
};

/** What is missing, by the `variant` the mapping found in the library's message. */
const MISSING: Variants = {
  quote: {
    message: "Das schließende Anführungszeichen fehlt",
    hint: "schließen Sie den Text mit demselben Anführungszeichen, mit dem er beginnt",
  },
  comma: {
    message: "Zwischen zwei Einträgen in Klammern ([…] oder {…}) fehlt ein Komma",
    hint: "trennen Sie die Einträge mit Kommas, z. B. topics: [cloud, ai]",
  },
  "space-after-colon": {
    message: "Nach dem Doppelpunkt in Klammern ({…}) fehlt ein Leerzeichen",
    hint: "schreiben Sie ein Leerzeichen nach dem Doppelpunkt, z. B. {name: Portal}",
  },
  "map-value": {
    message: "Auf diesen Schlüssel folgt kein Doppelpunkt mit Wert",
    hint: "schreiben Sie einen Doppelpunkt und ein Leerzeichen nach dem Schlüssel (name: Wert), oder setzen Sie den Text in Anführungszeichen",
  },
  "comment-space": {
    message: "Vor dem # eines Kommentars fehlt ein Leerzeichen",
    hint: "schreiben Sie ein Leerzeichen vor #, oder setzen Sie den Wert in Anführungszeichen, wenn # dazugehört",
  },
  "property-space": {
    message: "Nach einem Anker (&) oder Tag (!) fehlt ein Leerzeichen",
    hint: "schreiben Sie ein Leerzeichen nach dem Namen des Ankers oder Tags",
  },
  "document-start": {
    message: "Nach den Direktiven (Zeilen mit %) fehlt die Zeile --- als Beginn des Dokuments",
    hint: "löschen Sie die Zeilen mit % am Anfang der Datei oder schreiben Sie --- danach",
  },
  dash: {
    message: "Dieser Listeneintrag hat kein -",
    hint: "beginnen Sie jeden Listeneintrag mit einem Bindestrich (-)",
  },
  other: {
    message: "An dieser Stelle fehlt ein Zeichen, das YAML erwartet",
    hint: CHECK_HERE,
  },
};

/** What was not expected, by the `variant` the mapping found in the library's message. */
const UNEXPECTED: Variants = {
  comma: {
    message: "Ein Komma steht hier, wo kein Eintrag folgt oder vorangeht",
    hint: "entfernen Sie das überzählige Komma in den Klammern",
  },
  "node-end": {
    message: "Nach dem Wert folgt in derselben Zeile weiterer Text",
    hint: "setzen Sie den ganzen Wert in Anführungszeichen",
  },
  "closing-bracket": {
    message: "Eine schließende Klammer (] oder }) steht hier ohne öffnende",
    hint: "löschen Sie die Klammer oder ergänzen Sie die öffnende [ bzw. { davor",
  },
  "block-scalar": {
    message: "Nach | oder > stehen weitere Zeichen in derselben Zeile",
    hint: "schreiben Sie den Text in die Zeilen darunter, eingerückt; nach | oder > darf nur + oder - stehen",
  },
  other: {
    message: "An dieser Stelle steht etwas, das YAML hier nicht erwartet",
    hint: CHECK_HERE,
  },
};

const words = (message: string, hint: string): ProblemText => ({
  message: () => `${SYNTAX} ${message}`,
  hint: () => hint,
});
const byVariant = (table: Variants): ProblemText => {
  const pick = (p: ProblemParams) => table[p.variant ?? "other"] ?? table.other;
  return {
    message: (p) => `${SYNTAX} ${pick(p).message}`,
    hint: (p) => pick(p).hint,
  };
};

export const DE_YAML_PROBLEMS: Record<keyof typeof EN_YAML_PROBLEMS, ProblemText> = {
  "yaml-alias-props": words(
    "Ein Alias (*name) darf keinen eigenen Anker (&) und kein Tag (!) tragen",
    "entfernen Sie & oder ! vor dem Alias",
  ),
  "yaml-bad-alias": words(
    "Ein Anker (&) oder Alias (*) hat keinen Namen oder endet mit einem Doppelpunkt",
    "schreiben Sie den Namen direkt hinter & oder *, ohne Doppelpunkt am Ende (z. B. &basis und *basis)",
  ),
  "yaml-bad-directive": words(
    "Diese Direktive (eine Zeile, die mit % beginnt) ist ungültig",
    "löschen Sie die Zeile; ein Manifest braucht keine Direktiven",
  ),
  "yaml-bad-dq-escape": words(
    "Der Text in doppelten Anführungszeichen enthält eine ungültige Escape-Sequenz (ein \\ mit einem Zeichen, das YAML dort nicht kennt)",
    "schreiben Sie einen Backslash als \\\\ oder setzen Sie den Wert in einfache Anführungszeichen",
  ),
  "yaml-bad-indent": words(
    "Diese Zeile ist anders eingerückt als die Zeilen derselben Ebene",
    "rücken Sie sie um so viele Leerzeichen ein wie die übrigen Einträge ihres Abschnitts",
  ),
  "yaml-bad-prop-order": words(
    "Ein Anker (&) oder Tag (!) steht vor dem Zeichen - oder ?, zu dem er gehört",
    "schreiben Sie Anker und Tags nach dem - bzw. ?",
  ),
  "yaml-bad-scalar-start": words(
    "Ein Wert ohne Anführungszeichen kann nicht mit diesem Zeichen beginnen (YAML reserviert es)",
    "setzen Sie den Wert in Anführungszeichen",
  ),
  "yaml-block-as-implicit-key": words(
    "Eine Liste oder Zuordnung steht dort, wo ein Schlüssel erwartet wird",
    "schreiben Sie den Schlüssel mit Doppelpunkt in eine eigene Zeile und die Werte eingerückt darunter",
  ),
  "yaml-block-in-flow": words(
    "In Klammern ([…] oder {…}) steht eine eingerückte Liste oder Zuordnung",
    "schreiben Sie den Inhalt der Klammern in einer Zeile, oder lassen Sie die Klammern weg und rücken Sie ein",
  ),
  "yaml-duplicate-key": words(
    "Ein Schlüssel kommt in derselben Zuordnung mehrfach vor",
    "behalten Sie einen Eintrag für den Schlüssel und führen Sie die Werte darin zusammen",
  ),
  "yaml-impossible": words("Die YAML-Struktur an dieser Stelle ist unvollständig", CHECK_HERE),
  "yaml-key-over-1024-chars": words(
    "Ein Schlüssel ohne Klammern ist länger als 1024 Zeichen",
    "kürzen Sie den Schlüssel; langer Text gehört als Wert hinter den Doppelpunkt",
  ),
  "yaml-missing-char": byVariant(MISSING),
  "yaml-multiline-implicit-key": words(
    "Ein Schlüssel erstreckt sich über mehrere Zeilen",
    "schreiben Sie Schlüssel und Doppelpunkt in eine Zeile; oft fehlt weiter oben ein schließendes Anführungszeichen oder ein Doppelpunkt",
  ),
  "yaml-multiple-anchors": words("Ein Wert hat mehr als einen Anker (&)", NO_TAGS),
  "yaml-multiple-docs": words(
    "Die Datei enthält mehrere YAML-Dokumente",
    "entfernen Sie den Trenner `---` und führen Sie die Dokumente zusammen",
  ),
  "yaml-multiple-tags": words("Ein Wert hat mehr als ein Tag (!)", NO_TAGS),
  "yaml-non-string-key": words(
    "Ein Schlüssel ist eine Liste oder Zuordnung statt eines Namens",
    "schreiben Sie als Schlüssel einen Namen, z. B. name:",
  ),
  "yaml-resource-exhaustion": words(
    "Die Aliase (*name) dehnen die Datei zu weit aus",
    "schreiben Sie die Werte aus, statt viele Anker und Aliase (*name) zu verwenden",
  ),
  "yaml-tab-as-indent": words(
    "Diese Zeile ist mit einem Tabulator eingerückt",
    "rücken Sie nur mit Leerzeichen ein (zwei je Ebene), nicht mit Tabulatoren",
  ),
  "yaml-tag-resolve-failed": words(
    "Das Tag (!…) an diesem Wert ist unbekannt",
    "entfernen Sie das Tag; ein Manifest braucht keine Tags",
  ),
  "yaml-unexpected-token": byVariant(UNEXPECTED),
  "yaml-bad-collection-type": words(
    "Das Tag (!…) passt nicht zur Art des Werts (Liste, Zuordnung oder einzelner Wert)",
    "entfernen Sie das Tag; ein Manifest braucht keine Tags",
  ),
};
