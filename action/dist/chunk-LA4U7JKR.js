import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as d}from"./chunk-2ZFS5EAY.js";import{f as r,g as y}from"./chunk-KHGPBTMF.js";import{i}from"./chunk-PWPZJUYW.js";i();var a=d.properties.organisation.properties,T=a.size.enum,E=a.sector.enum,x=a.topics.items.enum,I=["none","important","essential"];function w(e){return e.length>0&&e.length<=200&&/^\S(?:.*\S)?$/u.test(e)&&!/[\r\n\u2028\u2029]/.test(e)}function A(e){return e<10?"micro":e<50?"small":e<250?"medium":"large"}var b={en:{project:"Our project",organisation:"Our company",lead:"Project Lead",sponsor:"Managing Director",role:"Managing director"},de:{project:"Unser Projekt",organisation:"Unser Unternehmen",lead:"Projektleitung",sponsor:"Gesch\xE4ftsf\xFChrung",role:"Gesch\xE4ftsf\xFChrung"}};function R(e,t="en"){let n=b[t];return{project:w(e)?e:n.project,organisation:n.organisation,phase:"development",size:"small",sector:"other",topics:["personal-data"],protection:{confidentiality:"normal",integrity:"normal",availability:"normal"},nis2:"none",craProduct:!1,lead:n.lead,sponsor:{name:n.sponsor,role:n.role},briefing:!0}}i();y();i();var N={intro1:"Security manifest: the project's security by design, in one file. Replace the example",intro2:"entries, then run `npx security-manifest check` to see what is still missing and why.",description:"What the project does, in one sentence.",protectionNote:"BSI protection-need categories",nis2Note:"NIS2 Art. 20: management must be trained and approve the measures",craNote:"fill in vulnerability_handling below (CRA Annex I Part II)",sponsorNote:"security starts as a top-down decision: who in management owns it?",sponsorGithubNote:"waivers and risk acceptances a PR adds take effect once this login approves the PR",briefingsNote:"date, topic: management-security, attendees, evidence",minutesNote:"a template: fill in the minutes after the kick-off",advisorNote:"Small companies without their own security specialist should name an external advisor:",advisorExample:"Regional IT security partner",advisorScope:"threat model review, penetration test",trainingsNote:"topic (security-awareness, phishing, secure-coding \u2026), date, provider, evidence",componentName:"The application",pathsNote:"which files belong to it (changes to them are tracked in pull requests)",threatModelNote:"within the first weeks of the project: security by design",acceptanceNote:"at most 12 months",planNote:"a template: fill it in",vulnerabilityNote:"CRA Annex I Part II: how vulnerabilities are reported and fixed",writeThenUncomment:"write the file, then remove the # in front",incidentPlan:(e,t)=>`<!-- TEMPLATE written by \`security-manifest init\` on ${t}: fill it in. -->
# Incident-response plan: ${e}

> **Template.** Replace every line in italics before you rely on this plan.

## Who does what
- Incident lead: _name, phone_
- Deputy: _name, phone_
- Management to inform: _name, phone_
- External support (IT service provider, security advisor): _company, phone_

## First steps
1. Keep calm; write down what happened and when.
2. Ransomware: disconnect the affected machines from the network; do not switch them off; do not pay.
3. Account taken over: reset the password, end all sessions, check the second factor.
4. Inform the incident lead; the lead decides whom to call next.

## Duties to report
- Personal data affected: the data-protection authority within 72 hours (GDPR Art. 33).
- _NIS2 entities: early warning to the BSI within 24 hours (NIS2 Art. 23)._

## Practice
Exercise this plan once a year (a two-hour tabletop exercise is enough) and record the date
under incident_response \u2192 last_exercised in the security manifest.
`,briefingMinutes:(e,t,n)=>`<!-- TEMPLATE written by \`security-manifest init\` on ${t}: fill it in. -->
# Security briefing of management: ${e}, ${t}

> **Template.** Replace every line in italics with what was said and decided.

- Date: ${t}
- Attendees: ${n}, _others_
- Topic: management-security

## Current threats for our company
_e.g. phishing, CEO fraud, ransomware; what happened to similar companies_

## The project's risks
_the first threats of the threat model and how we want to treat them_

## Decisions
_budget, priorities, who is responsible for what_
`},v={intro1:"Sicherheitsmanifest: Security by Design des Projekts in einer Datei. Ersetzen Sie die",intro2:"Beispieleintr\xE4ge und f\xFChren Sie `npx security-manifest check` aus: Es zeigt, was noch fehlt und warum.",description:"Was das Projekt tut, in einem Satz.",protectionNote:"Schutzbedarfskategorien nach BSI",nis2Note:"NIS2 Art. 20: Die Gesch\xE4ftsleitung muss geschult sein und die Ma\xDFnahmen billigen",craNote:"f\xFCllen Sie unten vulnerability_handling aus (CRA Anhang I Teil II)",sponsorNote:"Sicherheit beginnt als Entscheidung von oben: Wer in der Gesch\xE4ftsleitung verantwortet sie?",sponsorGithubNote:"Ausnahmen und Risiko\xFCbernahmen aus einem PR gelten, sobald dieser Login den PR genehmigt",briefingsNote:"date, topic: management-security, attendees, evidence",minutesNote:"eine Vorlage: tragen Sie das Protokoll nach dem Auftakt ein",advisorNote:"Kleine Unternehmen ohne eigene Sicherheitsfachkraft sollten einen externen Berater benennen:",advisorExample:"Regionaler IT-Sicherheitspartner",advisorScope:"Review des Bedrohungsmodells, Penetrationstest",trainingsNote:"topic (security-awareness, phishing, secure-coding \u2026), date, provider, evidence",componentName:"Die Anwendung",pathsNote:"welche Dateien dazugeh\xF6ren (\xC4nderungen daran werden in Pull Requests verfolgt)",threatModelNote:"in den ersten Wochen des Projekts: Security by Design",acceptanceNote:"h\xF6chstens 12 Monate",planNote:"eine Vorlage: f\xFCllen Sie sie aus",vulnerabilityNote:"CRA Anhang I Teil II: wie Schwachstellen gemeldet und behoben werden",writeThenUncomment:"Datei anlegen, dann das # davor entfernen",incidentPlan:(e,t)=>`<!-- VORLAGE, geschrieben von \`security-manifest init\` am ${t}: bitte ausf\xFCllen. -->
# Notfallplan: ${e}

> **Vorlage.** Ersetzen Sie jede kursive Zeile, bevor Sie sich auf diesen Plan verlassen.

## Wer macht was
- Leitung im Notfall: _Name, Telefon_
- Vertretung: _Name, Telefon_
- Zu informierende Gesch\xE4ftsleitung: _Name, Telefon_
- Externe Hilfe (IT-Dienstleister, Sicherheitsberater): _Firma, Telefon_

## Erste Schritte
1. Ruhe bewahren; aufschreiben, was wann passiert ist.
2. Ransomware: betroffene Rechner vom Netz trennen, nicht ausschalten, nicht zahlen.
3. Konto \xFCbernommen: Passwort zur\xFCcksetzen, alle Sitzungen beenden, zweiten Faktor pr\xFCfen.
4. Die Leitung im Notfall informieren; sie entscheidet, wer als N\xE4chstes angerufen wird.

## Meldepflichten
- Personenbezogene Daten betroffen: Datenschutzaufsicht binnen 72 Stunden (DSGVO Art. 33).
- _NIS2-Einrichtungen: Fr\xFChwarnung an das BSI binnen 24 Stunden (NIS2 Art. 23)._

## \xDCben
\xDCben Sie diesen Plan einmal im Jahr (ein zweist\xFCndiges Planspiel gen\xFCgt) und tragen Sie das
Datum im Sicherheitsmanifest unter incident_response \u2192 last_exercised ein.
`,briefingMinutes:(e,t,n)=>`<!-- VORLAGE, geschrieben von \`security-manifest init\` am ${t}: bitte ausf\xFCllen. -->
# Sicherheitsunterweisung der Gesch\xE4ftsleitung: ${e}, ${t}

> **Vorlage.** Ersetzen Sie jede kursive Zeile durch das, was besprochen und beschlossen wurde.

- Datum: ${t}
- Teilnehmende: ${n}, _weitere_
- Thema: management-security

## Aktuelle Bedrohungen f\xFCr unser Unternehmen
_z. B. Phishing, CEO-Betrug, Ransomware; was \xE4hnlichen Unternehmen passiert ist_

## Risiken des Projekts
_die ersten Bedrohungen des Bedrohungsmodells und wie wir sie behandeln wollen_

## Beschl\xFCsse
_Budget, Priorit\xE4ten, wer wof\xFCr verantwortlich ist_
`},c={en:N,de:v};var C=["planning","development","production"],O=["normal","high","very-high"],m="docs/security/incident-response.md",g=e=>`docs/security/management-briefing-${e}.md`;function U(e){let t=c[e.language],n=[{path:m,text:t.incidentPlan(e.project,e.today)}];return e.briefing&&n.push({path:g(e.today),text:t.briefingMinutes(e.project,e.today,e.sponsor.name)}),{manifest:$(e),companions:n}}function $(e){let t=c[e.language],n=f=>JSON.stringify(f),h=e.size==="micro"||e.size==="small",p=e.topics.length>0?`[${e.topics.join(", ")}]`:"[]",u=e.briefing?`
    - date: ${e.today}
      topic: management-security
      attendees: [${n(e.sponsor.name)}]
      evidence: ${g(e.today)}   # ${t.minutesNote}`:` []               # ${t.briefingsNote}`;return`# yaml-language-server: $schema=${e.schema.replace(/[\r\n]/g,"")}
# ${t.intro1}
# ${t.intro2}
manifest_version: 1

project:
  name: ${n(e.project)}
  description: ${n(t.description)}
  lead:
    name: ${n(e.lead)}
  started: ${e.today}
  phase: ${e.phase.padEnd(18)} # planning | development | production

organisation:
  name: ${n(e.organisation)}
  size: ${e.size.padEnd(19)} # micro (< 10) | small (< 50) | medium (< 250) | large${e.staffCount===void 0?"":`
  staff_count: ${e.staffCount}`}
  sector: ${e.sector}
  digitalisation_level: networked   # basic | networked | integrated | data-driven
  topics: ${p.padEnd(18)} # personal-data | payments | ot-iot | cloud | remote-access | e-commerce | ai | outsourcing
  protection_needs:           # normal | high | very-high (${t.protectionNote})
    confidentiality: ${e.protection.confidentiality}
    integrity: ${e.protection.integrity}
    availability: ${e.protection.availability}
  regulation:
    nis2: ${e.nis2}${e.nis2==="none"?"":`            # ${t.nis2Note}`}
    cra_product: ${e.craProduct}${e.craProduct?`       # ${t.craNote}`:""}

management:
  sponsor:                    # ${t.sponsorNote}
    name: ${n(e.sponsor.name)}
    role: ${n(e.sponsor.role)}
    # github: login           # ${t.sponsorGithubNote}
  briefings:${u}

${h?`# ${t.advisorNote}
# advisor:
#   name: ${t.advisorExample}
#   since: ${e.today}
#   last_engagement: ${e.today}
#   scope: ${t.advisorScope}

`:""}team:
  - name: ${n(e.lead)}
    role: product             # developer | admin | management | product | external
    joined: ${e.today}
    trainings: []             # ${t.trainingsNote}

components:
  - id: app
    name: ${n(t.componentName)}
    paths: ["src/**"]         # ${t.pathsNote}
    exposure: internet        # internet | internal | offline

threat_model:
  method: STRIDE              # STRIDE | LINDDUN | PASTA | other
  created: ${e.today}            # ${t.threatModelNote}
  threats: []                 # id, title, component, category, attack_type, likelihood, impact, treatment, mitigations, owner
  mitigations: []             # id, title, status (planned | in-progress | implemented), evidence

risk_acceptances: []          # threat, accepted_by (management), date, expires (${t.acceptanceNote})

reviews: []                   # kind (design-review, penetration-test \u2026), date, reviewer, independent, scope, report

incident_response:
  plan: ${m}   # ${t.planNote}
${e.craProduct?`
vulnerability_handling:       # ${t.vulnerabilityNote}
  # policy: SECURITY.md       # ${t.writeThenUncomment}
  contact: security@example.com
  # sbom: sbom.cdx.json       # ${t.writeThenUncomment}
  security_updates_until: ${r(e.today,5)}
`:""}
evaluation:
  next_due: ${r(e.today,1)}

waivers: []                   # rule, scope, approved_by (management), reason, expires
`}i();import l from"node:path";import{fileURLToPath as S}from"node:url";var V="https://raw.githubusercontent.com/security-manifest-check/security-manifest-check/v1/schema/manifest-v1.schema.json";function _(){return S(new URL("../../schema/manifest-v1.schema.json",import.meta.url))}function H(e){return l.relative(l.dirname(e),_()).split(l.sep).join("/")}export{T as a,E as b,x as c,I as d,w as e,A as f,R as g,C as h,O as i,U as j,$ as k,V as l,H as m};
