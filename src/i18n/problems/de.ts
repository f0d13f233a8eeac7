import type { ProblemKey, ProblemParams, ProblemText } from "./en.js";
import { DE_RULE_PACK_PROBLEMS } from "./rule-pack-de.js";
import { DE_YAML_PROBLEMS } from "./yaml-de.js";

// Why a file cannot be read, and how to fix it, in German (same keys as en.ts).

/** The kind of file with its article, as a German sentence needs it. */
const WHAT: Record<string, { the: string; a: string }> = {
  manifest: { the: "das Manifest", a: "ein Manifest" },
  "rule pack": { the: "das Regelpaket", a: "ein Regelpaket" },
  "report-file": { the: "die Berichtsdatei", a: "eine Berichtsdatei" },
  // The JSON report given to `report --since`.
  report: { the: "die Berichtsdatei", a: "eine Berichtsdatei" },
  file: { the: "die Datei", a: "eine Datei" },
};
const the = (p: ProblemParams) => WHAT[p.what ?? "file"]?.the ?? `die Datei (${p.what})`;
const a = (p: ProblemParams) => WHAT[p.what ?? "file"]?.a ?? `eine Datei (${p.what})`;

const UTF8_EDITOR =
  "speichern Sie die Datei im Editor als UTF-8 (z. B. VS Code: in der Statusleiste auf die Kodierung klicken → Mit Codierung speichern → UTF-8) oder wandeln Sie sie um:";
const WRITE_OUT = "schreiben Sie die Werte aus, statt viele Anker und Aliase (*name) zu verwenden";
const FILE_KIND: Record<string, string> = {
  folder: "ein Ordner",
  pipe: "eine benannte Pipe",
  socket: "ein Socket",
  device: "ein Gerät",
  other: "keine Datei",
};
const TOP_KIND: Record<string, string> = {
  list: "eine Liste",
  scalar: "ein einzelner Wert",
  empty: "leer",
};
const inQuotes = (p: ProblemParams, what: string) =>
  p.quoted
    ? `setzen Sie den Wert in Anführungszeichen: ${p.quoted}`
    : `setzen Sie ${what} in Anführungszeichen`;

export const DE_PROBLEMS: Record<ProblemKey, ProblemText> = {
  ...DE_YAML_PROBLEMS,
  ...DE_RULE_PACK_PROBLEMS,
  "utf-16": {
    message: (p) =>
      `${the(p)} ist als UTF-16 gespeichert (${p.endian === "little" ? "Little-Endian" : "Big-Endian"}, ${p.bom ? `mit Byte-Order-Mark ${p.bom}` : "ohne Byte-Order-Mark"}); nötig ist UTF-8`,
    hint: () => `${UTF8_EDITOR} iconv -f UTF-16 -t UTF-8`,
  },
  "not-utf-8": {
    message: (p) =>
      `${the(p)} ist kein gültiges UTF-8: Das Byte 0x${p.byte} an dieser Stelle ist kein UTF-8-Zeichen (die Datei ist wohl Latin-1 oder Windows-1252)`,
    hint: () => `${UTF8_EDITOR} iconv -f WINDOWS-1252 -t UTF-8`,
  },
  "nul-byte": {
    message: (p) =>
      `${the(p)} enthält ein NUL-Byte (U+0000): Es ist keine Textdatei oder nicht als UTF-8 gespeichert`,
    hint: () =>
      "speichern Sie die Datei als UTF-8-Text; ist sie UTF-16 oder UTF-32, wandeln Sie sie um (iconv -t UTF-8)",
  },
  "control-character": {
    message: (p) =>
      `${the(p)} enthält das unsichtbare Steuerzeichen U+${p.code}, das YAML nicht erlaubt`,
    hint: (p) =>
      `löschen Sie das Zeichen (ein Editor zeigt es als Kästchen oder „<U+${p.code}>“); ist es gewollt, schreiben Sie "\\u${p.code}" in doppelten Anführungszeichen`,
  },
  "not-a-file": {
    message: (p) =>
      `der Pfad für ${the(p)} ist keine normale Datei (sondern ${FILE_KIND[p.kind ?? "other"] ?? FILE_KIND.other})`,
    hint: () => "nennen Sie die Datei selbst, keinen Ordner, keine Pipe und kein Gerät",
  },
  "too-large-file": {
    message: (p) => `${the(p)} ist ${p.size} MiB groß; die Grenze liegt bei ${p.limit} MiB`,
    hint: (p) => `${a(p)} ist eine kurze YAML-Datei; prüfen Sie, ob die richtige Datei genannt ist`,
  },
  "too-large-text": {
    message: (p) => `${the(p)} ist größer als ${p.limit} MiB`,
    hint: (p) => `${a(p)} ist eine kurze YAML-Datei; prüfen Sie, ob die richtige Datei genannt ist`,
  },
  "not-found": {
    message: (p) => `die Datei für ${the(p)} existiert nicht`,
    hint: (p) =>
      p.what === "manifest"
        ? "legen Sie eines mit `security-manifest init` an oder nennen Sie die Datei: `security-manifest check pfad/zu/security-manifest.yml`"
        : "prüfen Sie den Pfad und das Muster",
  },
  "symlink-loop": {
    message: (p) => `der Pfad für ${the(p)} ist eine Schleife symbolischer Links`,
    hint: () => "lassen Sie den symbolischen Link auf die echte Datei zeigen",
  },
  "is-a-folder": {
    message: (p) => `der Pfad für ${the(p)} ist ein Ordner, keine Datei`,
    hint: () => "nennen Sie die Datei selbst, keinen Ordner",
  },
  unreadable: {
    message: (p) => `${the(p)} kann nicht gelesen werden (${p.code})`,
    hint: () => "prüfen Sie die Zugriffsrechte der Datei",
  },
  "too-deep": {
    message: (p) =>
      `${the(p)} verschachtelt Listen und Zuordnungen hier mehr als ${p.depth} Ebenen tief`,
    hint: (p) =>
      `${a(p)} braucht nur wenige Ebenen; prüfen Sie auf nicht geschlossene [ oder { und auf verrutschte Einrückung`,
  },
  empty: {
    message: (p) => `${the(p)} ist leer`,
    hint: (p) =>
      p.what === "manifest"
        ? "beginnen Sie mit `security-manifest init` oder einem Beispiel aus examples/"
        : "ergänzen Sie den Inhalt",
  },
  "multiple-documents": {
    message: (p) => `${the(p)} enthält ${p.count} YAML-Dokumente; erlaubt ist eines`,
    hint: () => "entfernen Sie den Trenner `---` und führen Sie die Dokumente zusammen",
  },
  "duplicate-key": {
    message: (p) => `doppelter Schlüssel: ${p.key} kommt in derselben Zuordnung mehrfach vor`,
    hint: () =>
      "behalten Sie einen Eintrag für den Schlüssel und führen Sie die Werte darin zusammen",
  },
  "yaml-syntax": {
    // Only for a code newer than the YAML library we know: its English sentence is not shown.
    message: () => "YAML-Syntaxfehler an dieser Stelle",
    hint: () =>
      "prüfen Sie Einrückung (Leerzeichen, keine Tabulatoren) und Anführungszeichen an dieser Stelle",
  },
  "not-a-mapping": {
    message: (p) =>
      `die oberste Ebene von ${the(p).replace(/^das /, "dem ").replace(/^die /, "der ")} ist ${TOP_KIND[p.kind ?? "empty"]}, keine Zuordnung von Schlüsseln zu Werten`,
    hint: (p) =>
      p.what === "manifest"
        ? "beginnen Sie die Datei mit `manifest_version: 1` und den Abschnitten (project:, organisation:, …) als Schlüssel"
        : "die oberste Ebene muss aus Schlüsseln mit Werten bestehen",
  },
  "alias-before-anchor": {
    message: (p) =>
      `YAML-Syntaxfehler: Der Alias *${p.name} verweist auf keinen Anker &${p.name} davor`,
    hint: (p) =>
      `legen Sie den Wert vor dieser Stelle mit &${p.name} an oder schreiben Sie ihn aus`,
  },
  "alias-expansion": {
    // `detail` is the YAML library's English sentence: not for a German reader.
    message: () => "YAML-Aliase werden zu weit ausgedehnt",
    hint: () => WRITE_OUT,
  },
  "alias-bomb": {
    message: (p) => `mehr als ${p.limit} YAML-Aliase: Das sieht nach einer Alias-Bombe aus`,
    hint: () => WRITE_OUT,
  },
  "alias-cycle": {
    message: () =>
      "ein YAML-Alias verweist auf einen Wert, der ihn selbst enthält; das würde nie enden",
    hint: () => WRITE_OUT,
  },
  "alias-deep": {
    message: (p) =>
      `über seine Aliase verschachtelt ${the(p)} Listen und Zuordnungen mehr als ${p.depth} Ebenen tief`,
    hint: () => WRITE_OUT,
  },
  "alias-nodes": {
    message: (p) => `${the(p)} wächst über seine Aliase auf mehr als ${p.limit} Werte an`,
    hint: () => WRITE_OUT,
  },
  "colon-in-value": {
    message: (p) =>
      `YAML-Syntaxfehler: Der Wert${p.key ? ` von ${p.key}` : ""} enthält „: “, was YAML als Beginn eines weiteren Schlüssels liest`,
    hint: (p) =>
      `${inQuotes(p, "den Wert")}; oder, falls darin ein Schlüssel gemeint war, schreiben Sie ihn eingerückt in eine eigene Zeile`,
  },
  "reserved-start": {
    message: (p) =>
      `YAML-Syntaxfehler: Ein Wert kann nicht mit ${p.character} beginnen (YAML reserviert dieses Zeichen)`,
    hint: (p) => inQuotes(p, "den Wert"),
  },
  "tab-indent": {
    message: () => "YAML-Syntaxfehler: Diese Zeile ist mit einem Tabulator eingerückt",
    hint: () => "rücken Sie nur mit Leerzeichen ein (zwei je Ebene), nicht mit Tabulatoren",
  },
  "text-after-value": {
    message: (p) =>
      `YAML-Syntaxfehler: Der Wert von ${p.key} beginnt mit ${p.character}, daher liest YAML ihn als ${p.character === "[" ? "Liste" : p.character === "{" ? "Zuordnung" : "Text in Anführungszeichen"} und findet danach weiteren Text`,
    hint: (p) => inQuotes(p, "den ganzen Wert"),
  },
  "unclosed-bracket": {
    message: (p) =>
      `YAML-Syntaxfehler: Die mit ${p.open} begonnene ${p.close === "]" ? "Liste" : "Zuordnung"} wird nicht geschlossen`,
    hint: (p) => `schließen Sie sie mit ${p.close} in derselben Zeile, z. B. topics: [cloud, ai]`,
  },
  "key-indent": {
    message: () =>
      "YAML-Syntaxfehler: Dieser Schlüssel ist anders eingerückt als die Schlüssel neben ihm",
    hint: () =>
      "rücken Sie ihn um so viele Leerzeichen ein wie die übrigen Schlüssel seines Abschnitts",
  },
  "missing-dash": {
    message: () =>
      "YAML-Syntaxfehler: Diese Zeile ist wie ein Listeneintrag eingerückt, hat aber kein -",
    hint: () =>
      "rücken Sie sie wie die Schlüssel des Eintrags darüber ein oder beginnen Sie einen neuen Listeneintrag mit einem Bindestrich (-)",
  },
  "outside-workspace": {
    message: (p) => `${the(p)} führt zu einer Datei außerhalb des ausgecheckten Repositorys`,
    hint: () =>
      "legen Sie die Datei als normale Datei ins Repository, nicht als Link auf eine Stelle außerhalb",
  },
  "rules-no-match": {
    message: (p) => `${p.patterns} passt auf keine Datei`,
    hint: () => "prüfen Sie die Muster der Eingabe rules (relativ zur Wurzel des Repositorys)",
  },
  "missing-version": {
    message: () => "dem Manifest fehlt `manifest_version`",
    hint: () => "ergänzen Sie `manifest_version: 1` als ersten Schlüssel der Datei",
  },
  "version-written": {
    message: (p) =>
      `manifest_version ist als ${p.written} geschrieben; die Formatversion ist die ganze Zahl 1`,
    hint: () => "schreiben Sie `manifest_version: 1`",
  },
  "version-empty": {
    message: () => "manifest_version hat keinen Wert",
    hint: () => "schreiben Sie `manifest_version: 1`",
  },
  "version-text": {
    message: (p) => `manifest_version ist der Text ${p.value}, nicht die Zahl 1`,
    hint: () => "schreiben Sie `manifest_version: 1` ohne Anführungszeichen",
  },
  "version-collection": {
    message: (p) =>
      `manifest_version ist ${p.kind === "list" ? "eine Liste" : "eine Zuordnung"}, nicht die Zahl 1`,
    hint: () => "schreiben Sie `manifest_version: 1`",
  },
  "version-unsupported": {
    message: (p) =>
      `manifest_version ${p.value} wird nicht unterstützt; dieses Werkzeug liest Formatversion ${p.supported}`,
    hint: () =>
      "setzen Sie `manifest_version: 1` oder aktualisieren Sie security-manifest-check, falls das Manifest für ein neueres Format geschrieben wurde",
  },
};
