import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as W}from"./chunk-RHWGLWXA.js";import{a as N,c as F,g as z}from"./chunk-KHGPBTMF.js";import{a as O,b as x}from"./chunk-SAWSBFFM.js";import{a as j,b as A,c as V,d as q,f as ae}from"./chunk-7UEB7DEF.js";import{a as S}from"./chunk-KIOCKEGG.js";import{a as M,b as B,c as $,f as G,g as E}from"./chunk-IYYF26LB.js";import"./chunk-T3RNKLWB.js";import{i as h}from"./chunk-PWPZJUYW.js";h();h();var se={en:{title:"Security report for management",subtitle:"Status of the security records of the project, in plain words",manifest:"Manifest",asOf:"As of",profile:"Company profile",verdictHeading:"Verdict",verdicts:{ok:"In order",attention:"Needs attention",action:"Action needed",urgent:"Urgent action needed",unreadable:"Not assessable"},openPoints:(e,r)=>`The security records of the project have ${e===1?"one open point":`${e} open points`}, ${r} of them high or critical.`,noOpenPoints:"The security records of the project have no open points. Keep them current: the next due dates are listed below.",needManagement:e=>`${e===1?"One needs":`${e} need`} a decision or action by management (listed below).`,waivedNow:e=>`${e===1?"One further point is":`${e} further points are`} accepted for now by a waiver of management and not counted.`,unreadableText:"The manifest could not be read, so nothing in it could be checked. The project lead has to correct it first:",errorAt:(e,r)=>`line ${e}, column ${r}`,dinHeading:"Status value after DIN SPEC 27076",dinIntro:"The requirements of the CyberRisikoCheck for small companies, as far as the manifest shows them. TOP requirements weigh three times.",dinMet:"Requirements met",dinNotMet:"Not met",dinNotApplicable:"Not applicable",dinNotCheckable:"Not checkable from the manifest",dinScore:"Score",dinScoreOf:(e,r)=>`${e} of ${r} points`,dinTopNotMet:"TOP requirements not met",dinNotMetList:"Requirements not met",dinRequirement:"Requirement",dinFoundBy:"Found by",dinNone:"Every requirement that can be checked from the manifest is met.",heatHeading:"Risk heat map",heatIntro:"The threats of the threat model by how often they may occur and how bad the damage would be (matrix of BSI standard 200-3).",heatCaption:"Threats by impact (rows) and likelihood (columns)",impact:"Impact",likelihood:"Likelihood",riskLevels:{low:"low",medium:"medium",high:"high","very-high":"very high"},heatLegend:"Risk level",heatEmpty:"The threat model rates no threat by likelihood and impact yet.",decisionsHeading:"Decisions for management",decisionsIntro:"These open points can only be closed by management: a decision, a signature, a budget or its own training.",decisionsNone:"No open point waits for a decision by management.",whatToDo:"What to do",areasHeading:"Open points by area",areasIntro:"Every open point of the security records, most severe first.",area:"Area",total:"Total",severity:"Severity",point:"Open point",rule:"Rule",moreInFullList:e=>`${e===1?"One more point":`${e} more points`} of this area in the full list.`,areasNone:"No open points.",expiryHeading:"Acceptances and waivers running out",expiryIntro:e=>`Risk acceptances and waivers that have expired or expire within ${e} days. Once expired, the accepted point counts again.`,expiryNone:e=>`No risk acceptance or waiver has expired or expires within ${e} days.`,standingHeading:"Every risk acceptance and waiver, soonest expiry first",standingNone:"The manifest records no risk acceptance and no waiver.",decision:"Decision",decisionKinds:{"risk-acceptance":"Risk acceptance",waiver:"Waiver"},subject:"About",decidedBy:"Decided by",holdsUntil:"Holds until",state:"State",stateExpired:"expired",stateExpiresIn:e=>e===0?"expires today":`expires in ${e===1?"one day":`${e} days`}`,stateInForce:"in force",stateNoExpiry:"no valid expiry date",moreDecisions:e=>`${e===1?"One more decision":`${e} more decisions`} in the JSON report.`,trainingHeading:"Training by role",trainingIntro:"Current team members per role, and how many of them lack a training or its evidence.",role:"Role",members:"Members",withGaps:"With open training points",withoutGaps:"Without open training points",roles:{developer:"Development",admin:"System administration",management:"Management",product:"Product and project lead",external:"External (contractors, agencies)",other:"Other roles"},trainingNone:"The manifest lists no current team members.",dueHeading:"Next due dates",dueIntro:e=>`Due within the next ${e} days. Not open points yet; after the date each one becomes one.`,dueNone:e=>`Nothing falls due within the next ${e} days.`,dueDate:"Due by",dueWhat:"What",sinceHeading:"Changes since the previous report",sinceIntro:"Compared with the report of",sinceOtherManifest:"The previous report is about another manifest:",sinceUnreadable:"The manifest could not be read at the time of the previous report.",measure:"Figure",before:"Then",now:"Now",verdictRow:"Verdict",openRow:"Open points",dinRow:"DIN SPEC 27076 score",newPoints:e=>`New open points (${e})`,closedPoints:e=>`Points closed since then (${e})`,footer:e=>`Created by ${e} from the security manifest of the project.`,fullList:"The full list with every fix: security-manifest check"},de:{title:"Sicherheitsbericht f\xFCr die Gesch\xE4ftsleitung",subtitle:"Stand der Sicherheitsdokumentation des Projekts, in einfachen Worten",manifest:"Manifest",asOf:"Stand",profile:"Unternehmensprofil",verdictHeading:"Gesamturteil",verdicts:{ok:"In Ordnung",attention:"Im Blick behalten",action:"Handlungsbedarf",urgent:"Dringender Handlungsbedarf",unreadable:"Nicht bewertbar"},openPoints:(e,r)=>`In der Sicherheitsdokumentation des Projekts ${e===1?"ist ein Punkt":`sind ${e} Punkte`} offen, davon ${r} mit hohem oder kritischem Schweregrad.`,noOpenPoints:"In der Sicherheitsdokumentation des Projekts ist kein Punkt offen. Halten Sie sie aktuell: Die n\xE4chsten F\xE4lligkeiten stehen unten.",needManagement:e=>`${e===1?"Einer davon braucht":`${e} davon brauchen`} eine Entscheidung oder Mitwirkung der Gesch\xE4ftsleitung (unten aufgef\xFChrt).`,waivedNow:e=>`${e===1?"Ein weiterer Punkt ist":`${e} weitere Punkte sind`} durch eine Ausnahme der Gesch\xE4ftsleitung vorerst akzeptiert und nicht mitgez\xE4hlt.`,unreadableText:"Das Manifest konnte nicht gelesen werden, daher lie\xDF sich nichts darin pr\xFCfen. Die Projektleitung muss es zuerst korrigieren:",errorAt:(e,r)=>`Zeile ${e}, Spalte ${r}`,dinHeading:"Statuswert nach DIN SPEC 27076",dinIntro:"Die Anforderungen des CyberRisikoChecks f\xFCr kleine Unternehmen, soweit das Manifest sie zeigt. TOP-Anforderungen z\xE4hlen dreifach.",dinMet:"Erf\xFCllte Anforderungen",dinNotMet:"Nicht erf\xFCllt",dinNotApplicable:"Nicht anwendbar",dinNotCheckable:"Aus dem Manifest nicht pr\xFCfbar",dinScore:"Punktwert",dinScoreOf:(e,r)=>`${e} von ${r} Punkten`,dinTopNotMet:"Nicht erf\xFCllte TOP-Anforderungen",dinNotMetList:"Nicht erf\xFCllte Anforderungen",dinRequirement:"Anforderung",dinFoundBy:"Festgestellt durch",dinNone:"Jede Anforderung, die sich aus dem Manifest pr\xFCfen l\xE4sst, ist erf\xFCllt.",heatHeading:"Risikomatrix",heatIntro:"Die Bedrohungen des Bedrohungsmodells danach, wie oft sie eintreten k\xF6nnen und wie schwer der Schaden w\xE4re (Matrix nach BSI-Standard 200-3).",heatCaption:"Bedrohungen nach Schadensh\xF6he (Zeilen) und Eintrittsh\xE4ufigkeit (Spalten)",impact:"Schadensh\xF6he",likelihood:"Eintrittsh\xE4ufigkeit",riskLevels:{low:"gering",medium:"mittel",high:"hoch","very-high":"sehr hoch"},heatLegend:"Risikostufe",heatEmpty:"Das Bedrohungsmodell bewertet noch keine Bedrohung nach H\xE4ufigkeit und Schaden.",decisionsHeading:"Entscheidungen der Gesch\xE4ftsleitung",decisionsIntro:"Diese offenen Punkte kann nur die Gesch\xE4ftsleitung schlie\xDFen: mit einer Entscheidung, einer Freigabe, einem Budget oder der eigenen Schulung.",decisionsNone:"Kein offener Punkt wartet auf eine Entscheidung der Gesch\xE4ftsleitung.",whatToDo:"Was zu tun ist",areasHeading:"Offene Punkte nach Bereich",areasIntro:"Alle offenen Punkte der Sicherheitsdokumentation, die schwersten zuerst.",area:"Bereich",total:"Gesamt",severity:"Schweregrad",point:"Offener Punkt",rule:"Regel",moreInFullList:e=>`${e===1?"Ein weiterer Punkt":`${e} weitere Punkte`} dieses Bereichs in der vollst\xE4ndigen Liste.`,areasNone:"Keine offenen Punkte.",expiryHeading:"Auslaufende Risiko\xFCbernahmen und Ausnahmen",expiryIntro:e=>`Risiko\xFCbernahmen und Ausnahmen, die abgelaufen sind oder innerhalb von ${e} Tagen ablaufen. Nach Ablauf z\xE4hlt der akzeptierte Punkt wieder.`,expiryNone:e=>`Keine Risiko\xFCbernahme und keine Ausnahme ist abgelaufen oder l\xE4uft innerhalb von ${e} Tagen ab.`,standingHeading:"Alle Risiko\xFCbernahmen und Ausnahmen, die zuerst ablaufenden oben",standingNone:"Das Manifest verzeichnet keine Risiko\xFCbernahme und keine Ausnahme.",decision:"Entscheidung",decisionKinds:{"risk-acceptance":"Risiko\xFCbernahme",waiver:"Ausnahme"},subject:"Betrifft",decidedBy:"Entschieden von",holdsUntil:"Gilt bis",state:"Zustand",stateExpired:"abgelaufen",stateExpiresIn:e=>e===0?"l\xE4uft heute ab":`l\xE4uft in ${e===1?"einem Tag":`${e} Tagen`} ab`,stateInForce:"g\xFCltig",stateNoExpiry:"kein g\xFCltiges Ablaufdatum",moreDecisions:e=>`${e===1?"Eine weitere Entscheidung":`${e} weitere Entscheidungen`} im JSON-Bericht.`,trainingHeading:"Schulungsstand nach Rolle",trainingIntro:"Aktuelle Teammitglieder je Rolle, und wie vielen davon eine Schulung oder ihr Nachweis fehlt.",role:"Rolle",members:"Mitglieder",withGaps:"Mit offenen Schulungspunkten",withoutGaps:"Ohne offene Schulungspunkte",roles:{developer:"Entwicklung",admin:"Systemadministration",management:"Gesch\xE4ftsleitung",product:"Produkt- und Projektleitung",external:"Externe (Dienstleister, Agenturen)",other:"Andere Rollen"},trainingNone:"Das Manifest nennt keine aktuellen Teammitglieder.",dueHeading:"N\xE4chste F\xE4lligkeiten",dueIntro:e=>`F\xE4llig in den n\xE4chsten ${e} Tagen. Noch keine offenen Punkte; nach dem Datum wird jeder zu einem.`,dueNone:e=>`In den n\xE4chsten ${e} Tagen wird nichts f\xE4llig.`,dueDate:"F\xE4llig bis",dueWhat:"Was",sinceHeading:"Ver\xE4nderungen seit dem letzten Bericht",sinceIntro:"Verglichen mit dem Bericht vom",sinceOtherManifest:"Der letzte Bericht betrifft ein anderes Manifest:",sinceUnreadable:"Zum Zeitpunkt des letzten Berichts war das Manifest nicht lesbar.",measure:"Kennzahl",before:"Damals",now:"Jetzt",verdictRow:"Gesamturteil",openRow:"Offene Punkte",dinRow:"Punktwert nach DIN SPEC 27076",newPoints:e=>`Neu offene Punkte (${e})`,closedPoints:e=>`Seitdem geschlossene Punkte (${e})`,footer:e=>`Erstellt von ${e} aus dem Sicherheitsmanifest des Projekts.`,fullList:"Die vollst\xE4ndige Liste mit jeder Abhilfe: security-manifest check"}};function K(e){return se[e]}h();var de={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"};function i(e){return String(e).replace(/[&<>"']/g,r=>de[r]??r).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,"\uFFFD")}h();z();h();z();function k(e,r){if(!N(e))return String(e??"");if(r==="en")return e;let[t,n,o]=e.split("-");return`${o}.${n}.${t}`}function ce(e,r){return G(e)?`<span class="sev sev-${e}">${i(x(e,r))}</span>`:`<span class="sev">${i(e)}</span>`}function f(e,r,t,n=!1){return`<section id="${i(e)}" aria-labelledby="${i(e)}-h"${n?' class="keep"':""}>
<h2 id="${i(e)}-h">${i(r)}</h2>
${t}
</section>`}function l(e,r){return`<p${r?` class="${i(r)}"`:""}>${i(e)}</p>`}function R(e,r,t,n=!1){let o=e.map(s=>`<tr><td>${ce(s.severity,t)}</td><td>${i(s.message)}${n&&s.remediation?`<div class="fix"><strong>${i(r.whatToDo)}:</strong> ${i(s.remediation)}</div>`:""}</td><td class="rule">${i(s.rule)}</td></tr>`).join(`
`);return`<table>
<thead><tr><th scope="col">${i(r.severity)}</th><th scope="col">${i(r.point)}</th><th scope="col">${i(r.rule)}</th></tr></thead>
<tbody>
${o}
</tbody>
</table>`}function d(e){return typeof e=="number"&&Number.isFinite(e)?e:0}var U=12,le=new Set(["GV-012","GV-013","RK-005","RK-006"]);function P(e){return le.has(e.rule)||/\/expires$/.test(e.pointer)}function D(e){return $(e)&&e.thesis===2&&!P(e)}var C=e=>[...e].sort(E);function Z(e,r,t){let n=C(e.findings.filter(D)),o=n.length===0?l(t.decisionsNone):`${l(t.decisionsIntro)}
${R(n,t,r,!0)}`;return f("decisions",t.decisionsHeading,o)}function J(e,r,t){let n=C(e.findings.filter($));if(n.length===0)return f("areas",t.areasHeading,l(t.areasNone));let o=[...M].reverse(),s=B.filter(a=>n.some(c=>c.area===a)),m=`<table>
<thead><tr><th scope="col">${i(t.area)}</th>${o.map(a=>`<th scope="col" class="num">${i(x(a,r))}</th>`).join("")}<th scope="col" class="num">${i(t.total)}</th></tr></thead>
<tbody>
${s.map(a=>{let c=n.filter(p=>p.area===a);return`<tr><th scope="row">${i(O(a,r))}</th>${o.map(p=>`<td class="num">${c.filter(y=>y.severity===p).length}</td>`).join("")}<td class="num">${d(e.summary.by_area[a])||c.length}</td></tr>`}).join(`
`)}
</tbody>
</table>`,g=s.map(a=>{let c=n.filter(y=>y.area===a),p=Math.max(d(e.summary.by_area[a]),c.length)-U;return`<h3>${i(O(a,r))}</h3>
${R(c.slice(0,U),t,r)}
${p>0?l(`${t.moreInFullList(p)} ${t.fullList}`,"note"):""}`});return f("areas",t.areasHeading,`${l(t.areasIntro)}
${m}
${g.join(`
`)}`)}function X(e,r,t,n){let o=C(e.findings.filter(m=>$(m)&&P(m))),s=o.length===0?l(t.expiryNone(n)):`${l(t.expiryIntro(n))}
${R(o,t,r,!0)}`;return f("expiry",t.expiryHeading,`${s}
${me(e,r,t,n)}`)}var Y=30;function me(e,r,t,n){let o=e.standing_decisions??[];if(o.length===0)return l(t.standingNone);let s=N(e.evaluated_at)?e.evaluated_at:void 0,m=a=>{if(!N(a)||!s)return{text:t.stateNoExpiry,className:"sev sev-high"};let c=F(s,a);return c<0?{text:t.stateExpired,className:"sev sev-critical"}:c<n?{text:t.stateExpiresIn(c),className:"sev sev-medium"}:{text:t.stateInForce,className:"sev lvl-low"}},g=o.length-Y;return`<table>
<caption>${i(t.standingHeading)}</caption>
<thead><tr><th scope="col">${i(t.decision)}</th><th scope="col">${i(t.subject)}</th><th scope="col">${i(t.decidedBy)}</th><th scope="col">${i(t.holdsUntil)}</th><th scope="col">${i(t.state)}</th></tr></thead>
<tbody>
${o.slice(0,Y).map(a=>{let c=m(a.expires);return`<tr><td>${i(t.decisionKinds[a.kind]??a.kind)}</td><td>${i(a.subject)}</td><td>${i(a.decided_by)}</td><td class="num">${i(a.expires?k(a.expires,r):"\u2013")}</td><td><span class="${c.className}">${i(c.text)}</span></td></tr>`}).join(`
`)}
</tbody>
</table>
${g>0?l(t.moreDecisions(g),"note"):""}`}h();var Q=`
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10.5pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #1a1a1a; background: #fff; }
main { max-width: 190mm; margin: 0 auto; padding: 8mm 6mm; }
h1 { font-size: 19pt; margin: 0 0 1mm; }
h2 { font-size: 13.5pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #1f3a5f; color: #1f3a5f; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 1.5mm 0; }
.subtitle { margin: 0 0 3mm; color: #444; }
.meta { display: flex; flex-wrap: wrap; gap: 1mm 6mm; margin: 0; color: #333; }
.meta dt { font-weight: bold; }
.meta dd { margin: 0 4mm 0 1mm; }
.meta div { display: flex; }
section { break-inside: auto; }
.keep { break-inside: avoid; }
.verdict { border: 1.5pt solid; border-left-width: 5pt; border-radius: 2mm; padding: 3mm 4mm; margin: 4mm 0; break-inside: avoid; }
.verdict .word { font-size: 15pt; font-weight: bold; margin: 0 0 1mm; }
.v-ok { border-color: #166534; background: #f0fdf4; }
.v-attention { border-color: #854d0e; background: #fefce8; }
.v-action { border-color: #9a3412; background: #fff7ed; }
.v-urgent { border-color: #7f1d1d; background: #fef2f2; }
.v-unreadable { border-color: #374151; background: #f3f4f6; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #9ca3af; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #e5e7eb; }
td.num { text-align: right; white-space: nowrap; }
th.num { text-align: right; }
caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
.sev { display: inline-block; min-width: 16mm; padding: 0 1.5mm; border-radius: 1mm; font-size: 8.5pt; font-weight: bold; text-align: center; white-space: nowrap; }
.sev-critical { background: #7f1d1d; color: #fff; }
.sev-high { background: #9a3412; color: #fff; }
.sev-medium { background: #fde68a; color: #3b2a00; }
.sev-low { background: #e5e7eb; color: #111827; }
.heat th[scope="row"] { width: 26mm; }
.heat td { height: 13mm; width: 20%; font-weight: bold; }
.lvl-low { background: #bbf7d0; color: #14532d; }
.lvl-medium { background: #fde68a; color: #3b2a00; }
.lvl-high { background: #c2410c; color: #fff; }
.lvl-very-high { background: #7f1d1d; color: #fff; }
.legend { display: flex; flex-wrap: wrap; gap: 2mm; align-items: center; list-style: none; padding: 0; margin: 1mm 0; font-size: 9pt; }
.legend li { padding: 0.5mm 2mm; border-radius: 1mm; }
.figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 2mm; margin: 2mm 0; }
.figure { border: 0.5pt solid #9ca3af; border-radius: 1.5mm; padding: 2mm; break-inside: avoid; }
.figure .n { display: block; font-size: 15pt; font-weight: bold; }
.bar { height: 3mm; background: #e5e7eb; border-radius: 1.5mm; overflow: hidden; margin: 1mm 0 2mm; }
.bar span { display: block; height: 100%; background: #166534; }
.fix { color: #333; font-size: 9pt; margin-top: 0.5mm; }
.rule { white-space: nowrap; color: #333; font-size: 8.5pt; }
.note { color: #333; font-style: italic; }
ul.plain { margin: 1mm 0; padding-left: 5mm; }
footer { margin-top: 8mm; padding-top: 2mm; border-top: 0.5pt solid #9ca3af; font-size: 8.5pt; color: #333; }
@media print {
  main { max-width: none; padding: 0; }
  h2 { margin-top: 5mm; }
}
`;h();var ge=[...W,"other"];function T(e,r){let t=(e.training_coverage??[]).filter(o=>ge.includes(o.role)&&d(o.members)>0);if(t.length===0)return f("training",r.trainingHeading,l(r.trainingNone),!0);let n=`${l(r.trainingIntro)}
<table>
<thead><tr><th scope="col">${i(r.role)}</th><th scope="col" class="num">${i(r.members)}</th><th scope="col" class="num">${i(r.withoutGaps)}</th><th scope="col" class="num">${i(r.withGaps)}</th></tr></thead>
<tbody>
${t.map(o=>{let s=d(o.members),m=Math.min(s,d(o.with_gaps));return`<tr><th scope="row">${i(r.roles[o.role])}</th><td class="num">${s}</td><td class="num">${s-m}</td><td class="num">${m}</td></tr>`}).join(`
`)}
</tbody>
</table>`;return f("training",r.trainingHeading,n,!0)}function ee(e,r,t,n){let o=e.upcoming??[];if(o.length===0)return f("due",t.dueHeading,l(t.dueNone(n)),!0);let s=`${l(t.dueIntro(n))}
<table>
<thead><tr><th scope="col">${i(t.dueDate)}</th><th scope="col">${i(t.dueWhat)}</th><th scope="col">${i(t.rule)}</th></tr></thead>
<tbody>
${o.map(m=>`<tr><td class="num">${i(k(m.due,r))}</td><td>${i(m.what)}</td><td class="rule">${i(m.rule)}</td></tr>`).join(`
`)}
</tbody>
</table>`;return f("due",t.dueHeading,s)}h();h();ae();function H(e){if(e.status==="unreadable"||e.errors.length>0)return"unreadable";let r=e.summary.by_severity;return d(e.summary.total)===0?"ok":d(r.critical)>0?"urgent":d(r.high)>0?"action":"attention"}function te(e,r,t){let n=H(e),o=[];if(n==="unreadable")o.push(l(t.unreadableText)),o.push(`<ul class="plain">${e.errors.map(s=>`<li>${i(t.errorAt(d(s.line),d(s.column)))}: ${i(s.message)}${s.hint?` \u2014 ${i(s.hint)}`:""}</li>`).join("")}</ul>`);else{let s=d(e.summary.total),m=d(e.summary.by_severity.high)+d(e.summary.by_severity.critical);o.push(l(s===0?t.noOpenPoints:t.openPoints(s,m))),r.length>0&&o.push(l(t.needManagement(r.length)));let g=e.findings.filter(a=>!$(a)).length;g>0&&o.push(l(t.waivedNow(g)))}return f("verdict",t.verdictHeading,`<div class="verdict v-${n}"><p class="word">${i(t.verdicts[n])}</p>
${o.join(`
`)}</div>`,!0)}function ne(e,r,t,n){let o=d(e.score),s=d(e.max_score),m=s>0?Math.max(0,Math.min(1,o/s)):0,g=(b,u)=>`<div class="figure"><span class="n">${i(u)}</span>${i(b)}</div>`,a=`<div class="figures">
${g(n.dinMet,`${d(e.met)} / ${d(e.requirements)}`)}
${g(n.dinNotMet,String(d(e.not_met)))}
${g(n.dinNotApplicable,String(d(e.not_applicable)))}
${g(n.dinNotCheckable,String(d(e.not_checkable)))}
${g(n.dinScore,n.dinScoreOf(o,s))}
</div>
<div class="bar" aria-hidden="true"><span style="width: ${(m*100).toFixed(1)}%"></span></div>`,c=new Map((r?.requirements??[]).map(b=>[b.id,b])),p=(Array.isArray(e.results)?e.results:[]).filter(b=>b.result==="not-met"),y=e.top_not_met.length>0?l(`${n.dinTopNotMet}: ${e.top_not_met.join(", ")}`):"",_=p.length===0?l(n.dinNone):`<table>
<caption>${i(n.dinNotMetList)}</caption>
<thead><tr><th scope="col">${i(n.dinRequirement)}</th><th scope="col">${i(n.dinFoundBy)}</th></tr></thead>
<tbody>
${p.map(b=>{let u=c.get(b.id)?.summary?.[t];return`<tr><td><strong>${i(b.id)}${b.top?" TOP":""}</strong>${u?` ${i(u)}`:""}</td><td class="rule">${i(b.rules.join(", "))}</td></tr>`}).join(`
`)}
</tbody>
</table>`;return f("din-spec",n.dinHeading,`${l(n.dinIntro)}
${a}
${y}
${_}`)}function ie(e,r,t){let n=(a,c)=>{let p=e?.heatmap?.[a]?.[c];return Array.isArray(p)?p.map(String):[]};if(!A.some(a=>j.some(c=>n(a,c).length>0)))return f("heat-map",t.heatHeading,l(t.heatEmpty),!0);let s=`<tr><th scope="col">${i(t.impact)} \\ ${i(t.likelihood)}</th>${j.map(a=>`<th scope="col">${i(S("likelihood",a,r))}</th>`).join("")}</tr>`,m=[...A].reverse().map(a=>`<tr><th scope="row">${i(S("impact",a,r))}</th>${j.map(c=>`<td class="lvl-${q(c,a)??"low"}">${i(n(a,c).join(", "))}</td>`).join("")}</tr>`).join(`
`),g=`<ul class="legend" aria-label="${i(t.heatLegend)}"><li>${i(t.heatLegend)}:</li>${V.map(a=>`<li class="lvl-${a}">${i(t.riskLevels[a])}</li>`).join("")}</ul>`;return f("heat-map",t.heatHeading,`${l(t.heatIntro)}
<table class="heat">
<caption>${i(t.heatCaption)}</caption>
<thead>${s}</thead>
<tbody>
${m}
</tbody>
</table>
${g}`,!0)}var re=15;function oe(e,r,t,n){let o=r.findings.filter($),s=e.findings.filter($),m=new Set(o.map(u=>u.fingerprint)),g=new Set(s.map(u=>u.fingerprint)),a=s.filter(u=>!m.has(u.fingerprint)).sort(E),c=o.filter(u=>!g.has(u.fingerprint)).sort(E),p=(u,L,I)=>`<tr><th scope="row">${i(u)}</th><td>${i(L)}</td><td>${i(I)}</td></tr>`,y=[p(n.verdictRow,n.verdicts[H(r)],n.verdicts[H(e)]),p(n.openRow,String(d(r.summary.total)),String(d(e.summary.total))),...[...M].reverse().map(u=>p(`${n.openRow}: ${x(u,t)}`,String(d(r.summary.by_severity[u])),String(d(e.summary.by_severity[u]))))];r.din_spec_27076&&e.din_spec_27076&&y.push(p(n.dinRow,n.dinScoreOf(d(r.din_spec_27076.score),d(r.din_spec_27076.max_score)),n.dinScoreOf(d(e.din_spec_27076.score),d(e.din_spec_27076.max_score))));let _=[l(`${n.sinceIntro} ${k(r.evaluated_at,t)}.`),r.manifest!==e.manifest?l(`${n.sinceOtherManifest} ${r.manifest}`,"note"):"",r.errors.length>0?l(n.sinceUnreadable,"note"):""],b=(u,L)=>{if(L.length===0)return"";let I=L.length-re;return`<h3>${i(u)}</h3>
${R(L.slice(0,re),n,t)}
${I>0?l(`+${I}. ${n.fullList}`,"note"):""}`};return f("since",n.sinceHeading,`${_.filter(Boolean).join(`
`)}
<table>
<thead><tr><th scope="col">${i(n.measure)}</th><th scope="col">${i(n.before)}</th><th scope="col">${i(n.now)}</th></tr></thead>
<tbody>
${y.join(`
`)}
</tbody>
</table>
${b(n.newPoints(a.length),a)}
${b(n.closedPoints(c.length),c)}`)}var ue="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";function pe(e,r){let{language:t}=r,n=K(t),o=Number(r.ruleSet.parameters.expiry_warning_days?.default??30),s=e.errors.length===0&&e.status!=="unreadable",m=e.findings.filter(c=>D(c)||$(c)&&P(c)),g=[te(e,m,n)];s&&(e.din_spec_27076&&g.push(ne(e.din_spec_27076,r.ruleSet.dinSpec27076,t,n)),g.push(ie(e.risk,t,n),Z(e,t,n),X(e,t,n,o),T(e,n),ee(e,t,n,o)),r.since&&g.push(oe(e,r.since,t,n)),g.push(J(e,t,n)));let a=`${e.tool.name} ${e.tool.version}`;return`<!doctype html>
<html lang="${t}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${ue}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${i(`${n.title} \u2014 ${e.manifest}`)}</title>
<style>${Q}</style>
</head>
<body>
<main>
<header>
<h1>${i(n.title)}</h1>
<p class="subtitle">${i(n.subtitle)}</p>
<dl class="meta">
<div><dt>${i(n.manifest)}:</dt><dd>${i(e.manifest)}</dd></div>
<div><dt>${i(n.asOf)}:</dt><dd>${i(k(e.evaluated_at,t))}</dd></div>
${he(e.profile,t,n.profile)}
</dl>
</header>
${g.join(`
`)}
<footer>
<p>${i(n.footer(a))} ${i(n.fullList)}</p>
</footer>
</main>
</body>
</html>
`}function he(e,r,t){let n=e.regulation,o=[typeof e.size=="string"?S("size",e.size,r):"",typeof e.sector=="string"?S("sector",e.sector,r):"",n&&typeof n.nis2=="string"&&n.nis2!=="none"?`NIS2: ${S("nis2",n.nis2,r)}`:""].filter(Boolean);return o.length===0?"":`<div><dt>${i(t)}:</dt><dd>${i(o.join(" \xB7 "))}</dd></div>`}var lt={render:pe};export{pe as renderHtmlReport,lt as renderer};
