import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{E as T,F as Z,G as K,H as Ee,I as Te,J as xe,K as Re,L as Pe,M as Ie,N as Ae,O as Ne,P as Ce,Q as L,R as $,S as Le,T as x,U as f,W as je,X as _e,Y as Oe,Z as Me,_ as De,a as be,b as $e,c as ce,d as le,e as C,g as _,h as O,i as W,k as M,m as ve,o as G,p as B,q as H,r as pe,s as Se,t as ke,u as me,v as Y,w as F,x as q,y as vt,z as de}from"./chunk-2BOM4OTK.js";import"./chunk-7VX5EQQH.js";import"./chunk-VIE7XZJK.js";import{g as l}from"./chunk-MLFNNISD.js";l();l();var E={en:{intro:"security-manifest init: a starting manifest in a few questions",project:"Project name",organisation:"Company name",phase:"Project phase",staff:"How many people work in the company? (Enter to skip)",size:"Company size (EU SME definition)",sector:"Sector",topics:"Which topics apply? (space to choose, Enter to go on)",confidentiality:"Protection need: confidentiality (how bad if the data became known?)",integrity:"Protection need: integrity (how bad if data or systems were changed?)",availability:"Protection need: availability (how bad if the system were down?)",nis2:"Does the company fall under NIS2?",cra:"Is the project a product with digital elements sold in the EU (Cyber Resilience Act)?",lead:"Project lead (full name)",sponsor:"Member of management who owns security in the project (full name)",sponsorRole:"The sponsor's position",briefing:"Brief management on security at today's kick-off? (records it and writes a minutes template)",yes:"Yes",no:"No",default:"default",cancelled:"Cancelled: nothing was written.",oneLine:"Please write it on one line, without leading or trailing spaces.",staffNumber:"Please give a whole number of at least 1, or leave it empty.",done:"Manifest written.",wrote:e=>`Wrote ${e}.`,wroteTemplate:e=>`Wrote the template ${e}: fill it in.`,keptFile:e=>`Kept the existing ${e}.`,firstThree:"The first three things to do:",noGaps:"The check finds no gaps.",fix:"how",runCheck:e=>`Run \`security-manifest check ${e}\` to see the whole list.`,phases:{planning:"planning",development:"development",production:"production (in use)"},sizes:{micro:"micro (fewer than 10)",small:"small (fewer than 50)",medium:"medium (fewer than 250)",large:"large (250 or more)"},nis2Values:{none:"no",important:"important entity",essential:"essential entity"},levels:{normal:"normal",high:"high","very-high":"very high"}},de:{intro:"security-manifest init: ein erstes Manifest in wenigen Fragen",project:"Name des Projekts",organisation:"Name des Unternehmens",phase:"Projektphase",staff:"Wie viele Menschen arbeiten im Unternehmen? (Enter zum \xDCberspringen)",size:"Unternehmensgr\xF6\xDFe (KMU-Definition der EU)",sector:"Branche",topics:"Welche Themen betreffen Sie? (Leertaste w\xE4hlt, Enter geht weiter)",confidentiality:"Schutzbedarf Vertraulichkeit (wie schlimm, wenn Daten bekannt w\xFCrden?)",integrity:"Schutzbedarf Integrit\xE4t (wie schlimm, wenn Daten oder Systeme ver\xE4ndert w\xFCrden?)",availability:"Schutzbedarf Verf\xFCgbarkeit (wie schlimm, wenn das System ausfiele?)",nis2:"F\xE4llt das Unternehmen unter NIS2?",cra:"Ist das Projekt ein Produkt mit digitalen Elementen, das in der EU verkauft wird (Cyber Resilience Act)?",lead:"Projektleitung (vollst\xE4ndiger Name)",sponsor:"Wer in der Gesch\xE4ftsleitung verantwortet die Sicherheit im Projekt? (vollst\xE4ndiger Name)",sponsorRole:"Position dieser Person",briefing:"Die Gesch\xE4ftsleitung beim heutigen Auftakt zur Sicherheit unterweisen? (wird eingetragen, mit Protokollvorlage)",yes:"Ja",no:"Nein",default:"Standard",cancelled:"Abgebrochen: Es wurde nichts geschrieben.",oneLine:"Bitte in einer Zeile, ohne Leerzeichen am Anfang oder Ende.",staffNumber:"Bitte eine ganze Zahl ab 1 angeben oder leer lassen.",done:"Manifest geschrieben.",wrote:e=>`${e} geschrieben.`,wroteTemplate:e=>`Vorlage ${e} geschrieben: bitte ausf\xFCllen.`,keptFile:e=>`Vorhandene Datei ${e} beibehalten.`,firstThree:"Die ersten drei Schritte:",noGaps:"Die Pr\xFCfung findet keine L\xFCcken.",fix:"wie",runCheck:e=>`Mit \`security-manifest check ${e}\` sehen Sie die ganze Liste.`,phases:{planning:"Planung",development:"Entwicklung",production:"Betrieb (im Einsatz)"},sizes:{micro:"Kleinstunternehmen (unter 10)",small:"klein (unter 50)",medium:"mittel (unter 250)",large:"gro\xDF (250 oder mehr)"},nis2Values:{none:"nein",important:"wichtige Einrichtung",essential:"besonders wichtige Einrichtung"},levels:{normal:"normal",high:"hoch","very-high":"sehr hoch"}}},ze={en:{manufacturing:"manufacturing",crafts:"crafts",retail:"retail",health:"health",finance:"finance",logistics:"logistics",energy:"energy",public:"public sector","it-services":"IT services",other:"other"},de:{manufacturing:"produzierendes Gewerbe",crafts:"Handwerk",retail:"Handel",health:"Gesundheit",finance:"Finanzen",logistics:"Logistik",energy:"Energie",public:"\xF6ffentlicher Sektor","it-services":"IT-Dienstleistungen",other:"andere"}},Fe={en:{"personal-data":"personal data",payments:"payments","ot-iot":"machines, sensors, industrial control (OT/IoT)",cloud:"cloud services","remote-access":"remote access","e-commerce":"online shop",ai:"artificial intelligence",outsourcing:"outsourced IT or development"},de:{"personal-data":"personenbezogene Daten",payments:"Zahlungen","ot-iot":"Maschinen, Sensoren, Steuerungen (OT/IoT)",cloud:"Cloud-Dienste","remote-access":"Fernzugriff","e-commerce":"Onlineshop",ai:"k\xFCnstliche Intelligenz",outsourcing:"ausgelagerte IT oder Entwicklung"}};le();l();l();var J=Symbol("cancelled");async function Ue(e){let t=await import("./chunk-BRKK4NNY.js"),n={input:e.input,output:e.output},r=i=>t.isCancel(i)?J:i;return{intro:i=>t.intro(i,n),text:async i=>r(await t.text({...n,message:i.message,placeholder:i.defaultValue,defaultValue:i.defaultValue,validate:s=>i.validate(s||i.defaultValue)})),select:async i=>r(await t.select({...n,message:i.message,options:i.options.map(s=>({value:s.value,label:s.label,hint:s.hint})),initialValue:i.initialValue})),multiselect:async i=>r(await t.multiselect({...n,message:i.message,options:i.options.map(s=>({value:s.value,label:s.label,hint:s.hint})),initialValues:i.initialValues,required:!1})),confirm:async i=>r(await t.confirm({...n,message:i.message,initialValue:i.initialValue,active:e.yes,inactive:e.no})),cancel:i=>t.cancel(i,n),outro:i=>t.outro(i,n)}}l();l();var y=class extends Error{name="UsageError"},u={ok:0,gaps:1,usage:2,cancelled:130};l();import I from"node:path";pe();l();function Ve(e,t){if(e.errors.length>0||!t.minSeverity&&!t.areas)return e;let n=t.minSeverity?M(t.minSeverity):-1,r=t.areas?new Set(t.areas):void 0,i=m=>M(m.severity)>=n&&(!r||r.has(m.area)),s=e.findings.filter(i),o=s.filter(W),c=Object.fromEntries(_.map(m=>[m,o.filter(d=>d.severity===m).length])),a=Object.fromEntries(O.map(m=>[m,o.filter(d=>d.area===m).length]));return{...e,status:o.length>0?"gaps":"ok",summary:{total:o.length,by_severity:c,by_area:a},findings:s,fixed:e.fixed.filter(i),...e.no_longer_checked?{no_longer_checked:e.no_longer_checked.filter(i)}:{}}}l();pe();vt();var St={critical:"\x1B[35m",high:"\x1B[31m",medium:"\x1B[33m",low:"\x1B[36m",dim:"\x1B[2m",bold:"\x1B[1m",ok:"\x1B[32m"},kt="\x1B[0m",w={changes:{en:"This PR changes security decisions",de:"Dieser PR \xE4ndert Sicherheitsentscheidungen"},base:{en:"base",de:"Basis"},noLonger:{en:"No longer checked because of this PR (not fixed):",de:"Wegen dieses PRs nicht mehr gepr\xFCft (nicht behoben):"},gaps:{en:e=>e===1?"1 gap":`${e} gaps`,de:e=>e===1?"1 L\xFCcke":`${e} L\xFCcken`},evaluated:{en:"evaluated",de:"bewertet am"},noGaps:{en:"No gaps found. The manifest meets every rule that applies.",de:"Keine L\xFCcken gefunden. Das Manifest erf\xFCllt alle zutreffenden Regeln."},fix:{en:"fix",de:"Abhilfe"},why:{en:"why",de:"warum"},waived:{en:"Waived (accepted by management, not counted)",de:"Ausgenommen (vom Management genehmigt, nicht gez\xE4hlt)"},cases:{en:"leaves open",de:"l\xE4sst offen"},unreadable:{en:"The manifest could not be read:",de:"Das Manifest konnte nicht gelesen werden:"},matrix:{en:"Risk matrix (BSI 200-3): threats by impact and likelihood",de:"Risikomatrix (BSI 200-3): Bedrohungen nach Auswirkung und H\xE4ufigkeit"},economics:{en:"Risk economics: expected annual loss vs. yearly cost of the measures",de:"Wirtschaftlichkeit: erwarteter Jahresschaden vs. j\xE4hrliche Kosten der Ma\xDFnahmen"},loss:{en:"expected loss",de:"erwarteter Schaden"},cost:{en:"measures",de:"Ma\xDFnahmen"},perYear:{en:"/year",de:"/Jahr"},paysOff:{en:"pays off",de:"lohnt sich"},doesNotPay:{en:"costs more than it saves",de:"kostet mehr, als sie einspart"},noCost:{en:"no measure cost given",de:"keine Ma\xDFnahmenkosten angegeben"}};function We(e,t){e=xt(e);let{language:n}=t,r=(p,g)=>t.color?`${St[p]}${g}${kt}`:g,i=[];if(e.errors.length>0){i.push(r("bold",w.unreadable[n]));for(let p of e.errors)i.push(H(p));return`${i.join(`
`)}
`}let s=_.filter(p=>e.summary.by_severity[p]>0).reverse().map(p=>`${e.summary.by_severity[p]} ${$(p,n)}`);i.push(`${r("bold",e.manifest)}: ${w.gaps[n](e.summary.total)}${s.length?` (${s.join(", ")})`:""} \xB7 ${w.evaluated[n]} ${e.evaluated_at}`);let o=Le(e.truncated,n);o&&i.push(r("dim",o));let c=e.changes??[];if(c.length>0){i.push("",r("bold",`${w.changes[n]} (${c.length})`));for(let p of c){let g=Ne(p.approval,n),b=`${p.side==="base"?`${w.base[n]} `:""}${p.line}:${p.column}`;i.push(`  ${r("dim",b.padEnd(12))} ${p.message}`),g&&i.push(`${" ".repeat(15)}${r("dim",g)}`)}}let a=e.findings.filter(p=>p.status!=="waived");a.length===0&&i.push("",r("ok",w.noGaps[n]));for(let p of O){let g=a.filter(b=>b.area===p);if(g.length!==0){i.push("",r("bold",`${L(p,n)} (${g.length})`));for(let b of g)i.push(...Tt(b,t,r))}}let m=e.no_longer_checked??[];if(m.length>0){i.push("",r("dim",w.noLonger[n]));for(let p of m)i.push(r("dim",`  ${p.rule}  ${p.message} \u2014 ${p.because??""}`))}let d=e.findings.filter(p=>p.status==="waived");if(d.length>0){i.push("",r("dim",w.waived[n]));for(let p of d)i.push(r("dim",`  ${p.rule}  ${e.manifest}:${p.line}  ${p.message}`))}return i.push(...Et(e,t,r)),`${i.join(`
`)}
`}function Et(e,t,n){let{language:r}=t;if(!e.risk)return[];let i=[];if(q.some(o=>F.some(c=>(e.risk?.heatmap[o][c].length??0)>0))){i.push("",n("bold",w.matrix[r]));let o=q.flatMap(a=>F.map(m=>(e.risk?.heatmap[a][m]??[]).join(","))),c=Math.max(14,...o.map(a=>a.length+2));i.push(`  ${"".padEnd(c)}${F.map(a=>a.padEnd(c)).join("")}`);for(let a of[...q].reverse()){let m=F.map(d=>(e.risk?.heatmap[a][d]??[]).join(",").padEnd(c));i.push(`  ${a.padEnd(c)}${m.join("")}`.trimEnd())}}if(e.risk.economics.length>0){i.push("",n("bold",w.economics[r]));for(let o of e.risk.economics){let c=o.paysOff===void 0?w.noCost[r]:o.paysOff?w.paysOff[r]:w.doesNotPay[r],a=o.measuresCostPerYear===void 0?"\u2013":`${de(o.measuresCostPerYear)}${w.perYear[r]}`;i.push(`  ${o.threat.padEnd(8)} ${w.loss[r]} ${de(o.expectedAnnualLoss)}${w.perYear[r]} \xB7 ${w.cost[r]} ${a} \xB7 ${c}`)}}return i}function Tt(e,t,n){let{language:r}=t,i=$(e.severity,r).padEnd(8),s=[`  ${n(e.severity,i)} ${n("dim",`${e.line}:${e.column}`.padEnd(7))} ${e.message}  ${n("dim",e.rule)}`],o=" ".repeat(19);if(e.pending&&s.push(`${o}${n("bold",Ce(e.pending.waiting_for,e.pending.state,r))}`),e.applies_because&&s.push(`${o}${n("dim",`${w.why[r]}: ${e.applies_because}`)}`),e.remediation&&s.push(`${o}${w.fix[r]}: ${e.remediation}`),e.cases.length>0){let c=e.cases.map(a=>x(t.cases?.get(a)?.title[r]??a));s.push(`${o}${n("dim",`${w.cases[r]}: ${c.join(", ")}`)}`)}return s}function xt(e){return ue(e)}function ue(e){return typeof e=="string"?x(e):Array.isArray(e)?e.map(ue):e!==null&&typeof e=="object"?Object.fromEntries(Object.entries(e).map(([t,n])=>[t,ue(n)])):e}l();import{parseArgs as Rt}from"node:util";le();function v(e,t,n){let r;try{r=Rt({args:e,options:t,allowPositionals:!0,strict:!0})}catch(i){let s=i instanceof Error?i.message.replace(/\. To specify a positional.*$/s,""):String(i);throw new y(`${s}${Pt(i,t)}`)}if(r.positionals.length>n)throw new y(`unexpected argument: ${r.positionals[n]}`);return r}function R(e,t){let n=e??t.SECURITY_MANIFEST_LANG??"en";if(!ke(n))throw new y(`--lang must be en or de, not "${n}"`);return n}function X(e,t){if(e===void 0)return t;if(!be(e))throw new y(`--today must be a date like 2026-11-26, not "${e}"`);return e}function Pt(e,t){if(!(e instanceof Error)||e.code!=="ERR_PARSE_ARGS_UNKNOWN_OPTION")return"";let n=/Unknown option '(-{1,2}[^'=]+)/.exec(e.message)?.[1];if(!n)return"";let r=C(n.replace(/^-+/,""),Object.keys(t));return r?` \u2014 did you mean --${r}?`:""}function S(e,t,n){if(n.includes(t))return t;let r=C(t,n);throw new y(`${e} must be one of ${n.join(", ")}, not "${t}"${r?` \u2014 did you mean ${r}?`:""}`)}l();pe();async function P(e,t){let{files:n,unmatched:r}=await Me(e,t.cwd);if(r.length>0)throw new y(`--rules ${r.map(i=>`"${i}"`).join(", ")} matches no file`);try{return await De(n,{cwd:t.cwd})}catch(i){if(!(i instanceof B))throw i;t.stderr(`A rule pack could not be loaded:
${H(i.problem)}
`);return}}var It=`Usage: security-manifest check [FILE] [options]

Checks a security manifest and prints its gap list.

Arguments:
  FILE                  the manifest (default: security-manifest.yml)

Options:
  --format <format>     text | json | markdown | sarif (default: text)
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --today <date>        evaluate as of this date, YYYY-MM-DD (default: today, UTC)
  --fail-on <level>     low | medium | high | critical | never | new (default: high)
  --min-severity <lvl>  show and count only gaps of this severity and above:
                        low | medium | high | critical (the exit status follows)
  --area <area>         show and count only gaps of this area (repeatable or comma-separated):
                        schema | threat-modelling | reviews | training | governance | risk |
                        pull-request
  -q, --quiet           text format: print the summary line only
  --rules <glob>        add your own rule packs (repeatable), e.g. --rules 'security/rules/*.yml'
  --root <dir>          repository root that evidence paths are relative to
                        (default: the manifest's folder)
  --pr-author <login>   check as for a pull request by this GitHub login
  --changed-file <path> check as for a pull request changing this file (repeatable)
  --base <file>         check as a pull request against this base version of the manifest:
                        the base decides who is management, decisions the change adds wait
                        for approval, and the changes of decisions and bars are listed
  --approved-by <login> with --base: this login approved the pull request (repeatable)
  --decisions <mode>    with --base: require-approval | report-only (default: require-approval)
  -h, --help            show this help

Exit status: 0 no gaps at or above --fail-on, 1 gaps at or above it,
2 usage error or a manifest that cannot be read.`,At=["text","json","markdown","sarif"];async function He(e,t){let{values:n,positionals:r}=v(e,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},"fail-on":{type:"string"},"min-severity":{type:"string"},area:{type:"string",multiple:!0},quiet:{type:"boolean",short:"q"},rules:{type:"string",multiple:!0},root:{type:"string"},"pr-author":{type:"string"},"changed-file":{type:"string",multiple:!0},base:{type:"string"},"approved-by":{type:"string",multiple:!0},decisions:{type:"string"},help:{type:"boolean",short:"h"}},1);if(n.help)return t.stdout(`${It}
`),u.ok;let i=S("--format",n.format??"text",At),s=Pe(S("--fail-on",n["fail-on"]??"high",Re))??"high",o=R(n.lang,t.env),c=X(n.today,t.today),a=r[0]??"security-manifest.yml",m=Nt(n["min-severity"],n.area);if(n.quiet&&i!=="text")throw new y(`--quiet shortens the text format only, not --format ${i}`);let d=await P(n.rules??[],t);if(!d)return u.usage;let p=S("--decisions",n.decisions??"require-approval",Te),g=I.resolve(t.cwd,n.root??I.dirname(a)),b=I.relative(g,I.resolve(t.cwd,a)).split(I.sep).join("/"),N={today:c,language:o,displayName:a,ruleSet:d,evidenceExists:G(g)},oe=n.base===void 0?await K(I.resolve(t.cwd,a),{...N,pullRequest:Ge(n["pr-author"],n["changed-file"],b)}):await Ct(a,n.base,t,{...N,pullRequest:{...Ge(n["pr-author"],n["changed-file"],b)??{changedFiles:[]},approvedBy:n["approved-by"]??[]}},p),k=Ve(oe,m);if(i==="json")t.stdout(Ae(k));else if(i==="markdown")t.stdout(_e(k,{language:o,cases:d.cases,limit:je}));else if(i==="sarif")t.stdout(Oe(k,d,o));else{let ae=t.isTty&&!t.env.NO_COLOR,z=We(k,{language:o,color:ae,cases:d.cases});k.errors.length>0?t.stderr(z):t.stdout(n.quiet?`${z.split(`
`,1)[0]}
`:z)}return k.errors.length>0?u.usage:Ie(k,s)?u.gaps:u.ok}function Nt(e,t){return{...e===void 0?{}:{minSeverity:S("--min-severity",e,_)},...t===void 0?{}:{areas:t.flatMap(n=>n.split(",")).map(n=>S("--area",n.trim(),O))}}}function Ge(e,t,n){if(!(e===void 0&&t===void 0))return{author:e,changedFiles:t??[],checkFiles:[n]}}async function Ct(e,t,n,r,i){let s=await Be(I.resolve(n.cwd,e));if(typeof s!="string")return Ee(s,e,r);let o=await Be(I.resolve(n.cwd,t));if(typeof o!="string")throw new y(`--base ${t}: ${o.problem.message}`);return xe({head:{file:e,text:s},base:{kind:"found",text:o},options:r,decisions:i})}async function Be(e){try{return await Se(e,"manifest")}catch(t){if(t instanceof B)return t;throw t}}l();l();l();var Q={1:{en:"People are the main risk: training and awareness",de:"Der Mensch ist das gr\xF6\xDFte Risiko: Schulung und Sensibilisierung"},2:{en:"Security is a top-down decision: management involvement",de:"Sicherheit ist Chefsache: Einbindung der Gesch\xE4ftsleitung"},3:{en:"Concrete for the company's profile",de:"Konkret f\xFCr das Profil des Unternehmens"},4:{en:"An own risk assessment decides what pays off",de:"Eigene Risikobewertung entscheidet, was sich lohnt"},5:{en:"A moving target: security by design, re-evaluated regularly",de:"Ein bewegliches Ziel: Security by Design, regelm\xE4\xDFig neu bewertet"},6:{en:"Learn from worst practice: real attacks on SMEs",de:"Aus Negativbeispielen lernen: reale Angriffe auf KMU"}};var fe={title:{en:"Rules",de:"Regeln"},generated:{en:"Generated from the rule packs in `rules/` by `npm run docs`; edit the packs, not this page.",de:"Aus den Regelpaketen in `rules/` erzeugt mit `npm run docs`; bearbeiten Sie die Pakete, nicht diese Seite."},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},everyProject:{en:"every project",de:"jedes Projekt"},tailoring:{en:"Tailoring",de:"Anpassung"},parameters:{en:"Parameters",de:"Parameter"},references:{en:"References",de:"Referenzen"},cases:{en:"Cases",de:"F\xE4lle"},why:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},when:{en:"when",de:"wenn gilt:"},catalogue:{en:"Worst-practice cases",de:"Negativbeispiele"},entry:{en:"Typical entry",de:"Typischer Einstieg"},measures:{en:"Measures",de:"Ma\xDFnahmen"},incidents:{en:"Incidents",de:"Vorf\xE4lle"},lesson:{en:"Lesson",de:"Lehre"},source:{en:"Source",de:"Quelle"},rules:{en:"rules",de:"Regeln"}};function Ye(e,t){let n=i=>fe[i][t],r=[`# ${n("title")}`,"",n("generated"),""];for(let i of e.packs)r.push(`- [${f(L(i.area,t))}](#${i.pack}) (${i.rules.length} ${n("rules")})`);r.push(`- [${n("catalogue")}](#cases)`,"");for(let i of e.packs){r.push(`<a id="${i.pack}"></a>`,"",`## ${f(L(i.area,t))}`,""),i.description&&r.push(f(i.description[t]),""),r.push(`| | ${n("severity")} | ${n("thesis")} | ${n("applies")} |`,"|---|---|---|---|");for(let s of i.rules)r.push(`| [${s.id}](#${s.id.toLowerCase()}) ${f(s.title[t])} | ${$(s.severity,t)} | ${s.thesis} | ${f(qe(s,t))} |`);r.push("");for(let s of i.rules)r.push(...Lt(s,e,t))}r.push('<a id="cases"></a>',"",`## ${n("catalogue")}`,"");for(let i of e.cases.values()){r.push(`### ${f(i.title[t])} (\`${i.id}\`)`,"",f(i.description[t]),""),r.push(`**${n("entry")}:** ${f(i.entry[t])}`,"",`**${n("measures")}:**`,"");for(let s of i.measures)r.push(`- ${f(s[t])}`);r.push("",`**${n("references")}:** ${i.references.map(f).join(", ")}`,"",`**${n("incidents")}:**`,"");for(let s of i.incidents)r.push(`- **${f(s.name)} (${s.year})**: ${f(s.summary[t])} *${n("lesson")}:* ${f(s.lesson[t])} *${n("source")}:* ${f(s.source)}`);r.push("")}return`${r.join(`
`).trimEnd()}
`}function qe(e,t){return e.applies?T(e.applies,t):fe.everyProject[t]}function Lt(e,t,n){let r=o=>fe[o][n],i=[`### ${e.id}`,"",`**${f(e.title[n])}**`,""];i.push(`- ${r("severity")}: ${$(e.severity,n)}`),i.push(`- ${r("thesis")}: ${e.thesis} \u2014 ${f(Q[e.thesis]?.[n]??"")}`),i.push(`- ${r("applies")}: ${f(qe(e,n))}`);for(let o of e.tuning??[]){let c=[o.severity?`${r("severity")} ${$(o.severity,n)}`:void 0,...Object.entries(o.params??{}).map(([a,m])=>`${a} = ${String(m)}`)].filter(Boolean);i.push(`- ${r("tailoring")}: ${f(`${c.join(", ")} ${r("when")} ${T(o.when,n)}`)}`)}let s=[...Z(e.check)].map(o=>{let c=t.parameters[o],a=(c?.tuning??[]).map(m=>`${String(m.value)} ${r("when")} ${T(m.when,n)}`);return`${o} = ${String(e.params?.[o]??c?.default)}${a.length?` (${a.join("; ")})`:""}`});return s.length>0&&i.push(`- ${r("parameters")}: ${f(s.join(", "))}`),i.push(`- ${r("references")}: ${e.references.map(f).join(", ")}`),e.cases.length>0&&i.push(`- ${r("cases")}: ${e.cases.map(o=>f(t.cases.get(o)?.title[n]??o)).join(", ")}`),i.push("",`**${r("why")}:** ${f(e.description[n])}`,""),i.push(`**${r("fix")}:** ${f(e.remediation[n].replace(/\{[a-z_]+\}/gi,"\u2026"))}`,""),i}var jt=`Usage: security-manifest docs [options]

Prints the rule reference in Markdown, generated from the rule packs
(ours, plus your own with --rules), with the worst-practice catalogue.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also document your own rule packs (repeatable)
  -h, --help            show this help`;async function Ze(e,t){let{values:n}=v(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},0);if(n.help)return t.stdout(`${jt}
`),u.ok;let r=await P(n.rules??[],t);return r?(t.stdout(Ye(r,R(n.lang,t.env))),u.ok):u.usage}l();l();var _t={area:{en:"Area",de:"Bereich"},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},tuning:{en:"Tailoring",de:"Anpassung"},what:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},references:{en:"References",de:"Referenzen"},cases:{en:"Worst-practice cases it guards against",de:"Negativbeispiele, gegen die sie sch\xFCtzt"},source:{en:"Defined in",de:"Definiert in"},schema:{en:"A format check of manifest v1: the manifest must follow the JSON Schema (`security-manifest schema`).",de:"Eine Formatpr\xFCfung des Manifests v1: Das Manifest muss dem JSON-Schema folgen (`security-manifest schema`)."},when:{en:"when",de:"wenn gilt:"},parameter:{en:"Parameter",de:"Parameter"},everyProject:{en:"every project",de:"jedes Projekt"},severityBecomes:{en:"severity",de:"Schweregrad"}};function Je(e,t,n){let r=c=>_t[c][n];if(e.kind==="schema")return Ke([`${e.id} \xB7 ${e.title}`,"",r("schema"),"",`${r("fix")}: ${e.remediation.replace(/\{\w+\}/g,"\u2026")}`]);let{rule:i}=e,s=[`${i.id} \xB7 ${i.title[n]}`,"",`${r("area")}: ${L(i.area,n)}`,`${r("severity")}: ${$(i.severity,n)}`,`${r("thesis")}: ${i.thesis} \u2014 ${Q[i.thesis]?.[n]??""}`,`${r("applies")}: ${i.applies?T(i.applies,n):r("everyProject")}`];for(let c of i.tuning??[]){let a=[c.severity?`${r("severityBecomes")} ${$(c.severity,n)}`:void 0,...Object.entries(c.params??{}).map(([m,d])=>`${m} = ${String(d)}`)].filter(Boolean);s.push(`${r("tuning")}: ${a.join(", ")} ${r("when")} ${T(c.when,n)}`)}for(let c of Z(i.check)){let a=t.parameters[c],m=i.params?.[c]??a?.default,d=(a?.tuning??[]).map(p=>`${String(p.value)} ${r("when")} ${T(p.when,n)}`);s.push(`${r("parameter")}: ${c} = ${String(m)}${d.length?` (${d.join("; ")})`:""}`)}let o=i.remediation[n].replace(/\{[a-z_]+\}/gi,"\u2026");if(s.push("",`${r("what")}:`,`  ${i.description[n]}`,"",`${r("fix")}:`,`  ${o}`),s.push("",`${r("references")}: ${i.references.join(", ")}`),i.cases.length>0){s.push("",`${r("cases")}:`);for(let c of i.cases){let a=t.cases.get(c);if(!a)continue;let m=a.incidents.map(d=>`${d.name} (${d.year})`).join(", ");s.push(`  ${a.title[n]}: ${m}`)}}return s.push("",`${r("source")}: ${i.source}`),Ke(s)}function Ke(e){return`${e.map(x).join(`
`)}
`}l();function Xe(e,t,n){let r=t.trim().toUpperCase(),i=e.rules.find(o=>o.id===r);if(i)return{kind:"pack",rule:i};let s=Object.values(me).find(o=>o.id===r);if(s)return{kind:"schema",id:s.id,title:s.title[n],remediation:s.remediation[n]}}function Qe(e){return[...Object.values(me).map(t=>t.id),...e.rules.map(t=>t.id)]}var Ot=`Usage: security-manifest explain RULE [options]

Explains a rule: what it checks and why, how to fix a gap, when it applies,
its references and the worst-practice cases it guards against.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also load your own rule packs (repeatable)
  -h, --help            show this help`;async function et(e,t){let{values:n,positionals:r}=v(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},1);if(n.help)return t.stdout(`${Ot}
`),u.ok;let i=r[0];if(!i)throw new y("name the rule to explain, e.g. `security-manifest explain TR-001`");let s=R(n.lang,t.env),o=await P(n.rules??[],t);if(!o)return u.usage;let c=Xe(o,i,s);if(!c){let a=C(i.toUpperCase(),Qe(o));throw new y(`unknown rule "${i}"${a?` \u2014 did you mean ${a}?`:""}`)}return t.stdout(Je(c,o,s)),u.ok}l();import{existsSync as mt,mkdirSync as lt,writeFileSync as pt}from"node:fs";import j from"node:path";l();le();l();var Mt={intro1:"Security manifest: the project's security by design, in one file. Replace the example",intro2:"entries, then run `npx security-manifest check` to see what is still missing and why.",description:"What the project does, in one sentence.",protectionNote:"BSI protection-need categories",nis2Note:"NIS2 Art. 20: management must be trained and approve the measures",craNote:"fill in vulnerability_handling below (CRA Annex I Part II)",sponsorNote:"security starts as a top-down decision: who in management owns it?",sponsorGithubNote:"waivers and risk acceptances a PR adds take effect once this login approves the PR",briefingsNote:"date, topic: management-security, attendees, evidence",minutesNote:"a template: fill in the minutes after the kick-off",advisorNote:"Small companies without their own security specialist should name an external advisor:",advisorExample:"Regional IT security partner",trainingsNote:"topic (security-awareness, phishing, secure-coding \u2026), date, provider, evidence",componentName:"The application",pathsNote:"which files belong to it (changes to them are tracked in pull requests)",threatModelNote:"within the first weeks of the project: security by design",acceptanceNote:"at most 12 months",planNote:"a template: fill it in",vulnerabilityNote:"CRA Annex I Part II: how vulnerabilities are reported and fixed",writeThenUncomment:"write the file, then remove the # in front",incidentPlan:(e,t)=>`<!-- TEMPLATE written by \`security-manifest init\` on ${t}: fill it in. -->
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
`},Dt={intro1:"Sicherheitsmanifest: Security by Design des Projekts in einer Datei. Ersetzen Sie die",intro2:"Beispieleintr\xE4ge und f\xFChren Sie `npx security-manifest check` aus: Es zeigt, was noch fehlt und warum.",description:"Was das Projekt tut, in einem Satz.",protectionNote:"Schutzbedarfskategorien nach BSI",nis2Note:"NIS2 Art. 20: Die Gesch\xE4ftsleitung muss geschult sein und die Ma\xDFnahmen billigen",craNote:"f\xFCllen Sie unten vulnerability_handling aus (CRA Anhang I Teil II)",sponsorNote:"Sicherheit beginnt als Entscheidung von oben: Wer in der Gesch\xE4ftsleitung verantwortet sie?",sponsorGithubNote:"Ausnahmen und Risiko\xFCbernahmen aus einem PR gelten, sobald dieser Login den PR genehmigt",briefingsNote:"date, topic: management-security, attendees, evidence",minutesNote:"eine Vorlage: tragen Sie das Protokoll nach dem Auftakt ein",advisorNote:"Kleine Unternehmen ohne eigene Sicherheitsfachkraft sollten einen externen Berater benennen:",advisorExample:"Regionaler IT-Sicherheitspartner",trainingsNote:"topic (security-awareness, phishing, secure-coding \u2026), date, provider, evidence",componentName:"Die Anwendung",pathsNote:"welche Dateien dazugeh\xF6ren (\xC4nderungen daran werden in Pull Requests verfolgt)",threatModelNote:"in den ersten Wochen des Projekts: Security by Design",acceptanceNote:"h\xF6chstens 12 Monate",planNote:"eine Vorlage: f\xFCllen Sie sie aus",vulnerabilityNote:"CRA Anhang I Teil II: wie Schwachstellen gemeldet und behoben werden",writeThenUncomment:"Datei anlegen, dann das # davor entfernen",incidentPlan:(e,t)=>`<!-- VORLAGE, geschrieben von \`security-manifest init\` am ${t}: bitte ausf\xFCllen. -->
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
`},he={en:Mt,de:Dt};var ee=["planning","development","production"],A=["normal","high","very-high"],tt="docs/security/incident-response.md",nt=e=>`docs/security/management-briefing-${e}.md`;function it(e){let t=he[e.language],n=[{path:tt,text:t.incidentPlan(e.project,e.today)}];return e.briefing&&n.push({path:nt(e.today),text:t.briefingMinutes(e.project,e.today,e.sponsor.name)}),{manifest:zt(e),companions:n}}function zt(e){let t=he[e.language],n=o=>JSON.stringify(o),r=e.size==="micro"||e.size==="small",i=e.topics.length>0?`[${e.topics.join(", ")}]`:"[]",s=e.briefing?`
    - date: ${e.today}
      topic: management-security
      attendees: [${n(e.sponsor.name)}]
      evidence: ${nt(e.today)}   # ${t.minutesNote}`:` []               # ${t.briefingsNote}`;return`# yaml-language-server: $schema=${e.schema.replace(/[\r\n]/g,"")}
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
  topics: ${i.padEnd(18)} # personal-data | payments | ot-iot | cloud | remote-access | e-commerce | ai | outsourcing
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
  briefings:${s}

${r?`# ${t.advisorNote}
# advisor:
#   name: ${t.advisorExample}
#   since: ${e.today}
#   last_engagement: ${e.today}
#   scope: threat model review, penetration test

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
  plan: ${tt}   # ${t.planNote}
${e.craProduct?`
vulnerability_handling:       # ${t.vulnerabilityNote}
  # policy: SECURITY.md       # ${t.writeThenUncomment}
  contact: security@example.com
  # sbom: sbom.cdx.json       # ${t.writeThenUncomment}
  security_updates_until: ${ce(e.today,5)}
`:""}
evaluation:
  next_due: ${ce(e.today,1)}

waivers: []                   # rule, scope, approved_by (management), reason, expires
`}l();import ge from"node:path";import{fileURLToPath as Ft}from"node:url";var rt="https://raw.githubusercontent.com/security-manifest-check/security-manifest-check/v1/schema/manifest-v1.schema.json";function Ut(){return Ft(new URL("../../schema/manifest-v1.schema.json",import.meta.url))}function st(e){return ge.relative(ge.dirname(e),Ut()).split(ge.sep).join("/")}l();function Vt(e,t=3){return e.findings.filter(W).map((n,r)=>({finding:n,index:r})).sort((n,r)=>M(r.finding.severity)-M(n.finding.severity)||n.index-r.index).slice(0,t).map(({finding:n})=>n)}function ot(e,t,n){let r=E[n],i=Vt(e);if(i.length===0)return`${r.noGaps}
`;let s=[r.firstThree];return i.forEach((o,c)=>{s.push(`  ${c+1}. ${x(o.message)} (${o.rule})`),o.remediation&&s.push(`     ${r.fix}: ${x(o.remediation)}`)}),s.push(r.runCheck(t)),`${s.join(`
`)}
`}l();var ye=Y.properties.organisation.properties,te=ye.size.enum,ne=ye.sector.enum,D=ye.topics.items.enum,ie=["none","important","essential"];function U(e){return e.length>0&&e.length<=200&&/^\S(?:.*\S)?$/u.test(e)&&!/[\r\n\u2028\u2029]/.test(e)}function re(e){return e<10?"micro":e<50?"small":e<250?"medium":"large"}function at(e){return{project:U(e)?e:"Our project",organisation:"Our company",phase:"development",size:"small",sector:"other",topics:["personal-data"],protection:{confidentiality:"normal",integrity:"normal",availability:"normal"},nis2:"none",craProduct:!1,lead:"Project Lead",sponsor:{name:"Managing Director",role:"Managing director"},briefing:!0}}l();var se=class extends Error{};async function ct(e,t,n){let r=E[n],i=a=>{if(a===J)throw new se;return a},s=(a,m,d)=>a.map(p=>({value:p,label:m[p]??p,...p===d?{hint:r.default}:{}})),o=a=>U(a)?void 0:r.oneLine,c=async(a,m,d,p)=>i(await e.select({message:a,options:s(m,d,p),initialValue:p}));try{e.intro(r.intro);let a=i(await e.text({message:r.project,defaultValue:t.project,validate:o})),m=i(await e.text({message:r.organisation,defaultValue:t.organisation,validate:o})),d=await c(r.phase,ee,r.phases,t.phase),p=i(await e.text({message:r.staff,defaultValue:t.staffCount===void 0?"":String(t.staffCount),validate:V=>V===""||/^[1-9]\d{0,6}$/.test(V)?void 0:r.staffNumber})),g=p===""?void 0:Number(p),b=await c(r.size,te,r.sizes,g===void 0?t.size:re(g)),N=await c(r.sector,ne,ze[n],t.sector),oe=i(await e.multiselect({message:r.topics,options:s(D,Fe[n],""),initialValues:[...t.topics]})),k=await c(r.confidentiality,A,r.levels,t.protection.confidentiality),ae=await c(r.integrity,A,r.levels,t.protection.integrity),z=await c(r.availability,A,r.levels,t.protection.availability),ht=await c(r.nis2,ie,r.nis2Values,t.nis2),gt=i(await e.confirm({message:r.cra,initialValue:t.craProduct})),yt=i(await e.text({message:r.lead,defaultValue:t.lead,validate:o})),wt=i(await e.text({message:r.sponsor,defaultValue:t.sponsor.name,validate:o})),bt=i(await e.text({message:r.sponsorRole,defaultValue:t.sponsor.role,validate:o})),$t=i(await e.confirm({message:r.briefing,initialValue:t.briefing}));return{project:a||t.project,organisation:m||t.organisation,phase:d,size:b,...g===void 0?{}:{staffCount:g},sector:N,topics:D.filter(V=>oe.includes(V)),protection:{confidentiality:k,integrity:ae,availability:z},nis2:ht,craProduct:gt,lead:yt||t.lead,sponsor:{name:wt||t.sponsor.name,role:bt||t.sponsor.role},briefing:$t}}catch(a){if(!(a instanceof se))throw a;e.cancel(r.cancelled);return}}var Wt=`Usage: security-manifest init [FILE] [options]

Writes a commented starting manifest tailored to the company profile, valid as it is,
with short templates for the files it refers to (incident-response plan, minutes of the
kick-off briefing), creating missing folders. Then it checks the manifest and prints
the first three things to do. On a terminal it asks the questions below, with the
flags' values (or the defaults) preselected; elsewhere, or with --yes, it asks nothing.

Arguments:
  FILE                    where to write it (default: security-manifest.yml)

Options:
  --project <name>        project name (default: the folder's name)
  --organisation <name>   company name (default: "Our company")
  --phase <phase>         planning | development | production (default: development)
  --staff <number>        head count; sets --size unless that is given
  --size <size>           micro | small | medium | large (default: small)
  --sector <sector>       manufacturing | crafts | retail | health | finance | logistics |
                          energy | public | it-services | other (default: other)
  --topics <list>         comma-separated: personal-data, payments, ot-iot, cloud,
                          remote-access, e-commerce, ai, outsourcing, or none
                          (default: personal-data)
  --confidentiality <n>   protection need: normal | high | very-high (default: normal)
  --integrity <n>         protection need: normal | high | very-high (default: normal)
  --availability <n>      protection need: normal | high | very-high (default: normal)
  --nis2 <status>         none | important | essential (default: none)
  --cra                   the product falls under the Cyber Resilience Act
  --lead <name>           project lead (default: "Project Lead")
  --sponsor <name>        member of management who owns security (default: "Managing Director")
  --sponsor-role <role>   the sponsor's position (default: "Managing director")
  --no-briefing           do not record a kick-off briefing of management today
  --lang <language>       en | de: questions, comments and templates (default: en, or
                          $SECURITY_MANIFEST_LANG)
  --today <date>          the project's start and the dates in the template (default: today, UTC)
  --schema <where>        url: the editor loads the schema of the v1 release (default);
                          local: a relative path to this installation's schema (offline)
  --yes                   ask nothing, even on a terminal
  --stdout                print the manifest only (no templates, no check) instead of writing
  --force                 overwrite an existing manifest (existing templates are kept)
  -h, --help              show this help

Exit status: 0 written, 2 usage error or the file exists, 130 cancelled (nothing written).`;async function dt(e,t){let{values:n,positionals:r}=v(e,{project:{type:"string"},organisation:{type:"string"},phase:{type:"string"},staff:{type:"string"},size:{type:"string"},sector:{type:"string"},topics:{type:"string"},confidentiality:{type:"string"},integrity:{type:"string"},availability:{type:"string"},nis2:{type:"string"},cra:{type:"boolean"},lead:{type:"string"},sponsor:{type:"string"},"sponsor-role":{type:"string"},"no-briefing":{type:"boolean"},lang:{type:"string"},today:{type:"string"},schema:{type:"string"},yes:{type:"boolean",short:"y"},stdout:{type:"boolean"},force:{type:"boolean"},help:{type:"boolean",short:"h"}},1);if(n.help)return t.stdout(`${Wt}
`),u.ok;let i=r[0]??"security-manifest.yml",s=j.resolve(t.cwd,i),o=R(n.lang,t.env),c=X(n.today,t.today),a=S("--schema",n.schema??"url",["url","local"]),m=Bt(n,j.basename(t.cwd));if(!n.stdout&&mt(s)&&!n.force)throw new y(`${i} exists already; use --force to overwrite it or name another file`);let d=t.prompts&&!n.yes&&!n.stdout?await ct(await t.prompts(o),m,o):m;if(!d)return u.cancelled;let p={...d,language:o,today:c,schema:a==="local"?st(s):rt},{manifest:g,companions:b}=it(p);return n.stdout?(t.stdout(g),u.ok):Gt(i,s,g,b,o,c,t)}async function Gt(e,t,n,r,i,s,o){let c=E[i],a=j.dirname(t);lt(a,{recursive:!0}),pt(t,n);let m=[c.wrote(e)];for(let g of r){let b=j.join(a,g.path),N=j.relative(o.cwd,b).split(j.sep).join("/");if(mt(b)){m.push(c.keptFile(N));continue}lt(j.dirname(b),{recursive:!0}),pt(b,g.text),m.push(c.wroteTemplate(N))}o.stdout(`${m.join(`
`)}

`);let d=await P([],o);if(!d)return u.usage;let p=await K(t,{today:s,language:i,ruleSet:d,displayName:e,evidenceExists:G(a)});return o.stdout(ot(p,e,i)),u.ok}function Bt(e,t){let n=at(t),r=(c,a)=>{let m=e[c];if(typeof m!="string")return a;if(!U(m))throw new y(`--${c} must be one line without leading or trailing spaces`);return m},i=(c,a,m)=>{let d=e[c];return typeof d=="string"?S(`--${c}`,d,a):m},s=e.staff,o;if(typeof s=="string"){if(!/^[1-9]\d{0,6}$/.test(s))throw new y(`--staff must be a whole number of at least 1, not "${s}"`);o=Number(s)}return{project:r("project",n.project),organisation:r("organisation",n.organisation),phase:i("phase",ee,n.phase),size:i("size",te,o===void 0?n.size:re(o)),...o===void 0?{}:{staffCount:o},sector:i("sector",ne,n.sector),topics:typeof e.topics=="string"?Ht(e.topics):n.topics,protection:{confidentiality:i("confidentiality",A,"normal"),integrity:i("integrity",A,"normal"),availability:i("availability",A,"normal")},nis2:i("nis2",ie,n.nis2),craProduct:e.cra===!0,lead:r("lead",n.lead),sponsor:{name:r("sponsor",n.sponsor.name),role:r("sponsor-role",n.sponsor.role)},briefing:e["no-briefing"]!==!0}}function Ht(e){if(e.trim()==="none"||e.trim()==="")return[];let t=e.split(",").map(n=>S("--topics",n.trim(),D));return D.filter(n=>t.includes(n))}l();var Yt=`Usage: security-manifest schema

Prints the JSON Schema of manifest format v1 (for editors and other tools).`;function ut(e,t){let{values:n}=v(e,{help:{type:"boolean",short:"h"}},0);return t.stdout(n.help?`${Yt}
`:`${JSON.stringify(Y,null,2)}
`),u.ok}var qt=`Usage: security-manifest <command> [options]

Security-by-design checks for SME development pipelines.

Commands:
  init [FILE]     write a commented starting manifest tailored to your company
  check [FILE]    check a security manifest and print its gap list
  explain RULE    explain a rule: what, why, how to fix, references, cases
  docs            print the rule reference (Markdown) generated from the packs
  schema          print the JSON Schema of the manifest format

Run \`security-manifest <command> --help\` for a command's options.
Options: -h, --help  show this help \xB7 -v, --version  show the version`,we={check:He,explain:et,docs:Ze,init:dt,schema:ut};async function ft(e,t){let[n,...r]=e;if(n===void 0||n==="-h"||n==="--help"||n==="help")return t.stdout(`${qt}
`),n===void 0?u.usage:u.ok;if(n==="-v"||n==="--version")return t.stdout(`${ve.version}
`),u.ok;let i=Object.hasOwn(we,n)?we[n]:void 0;try{if(!i){let s=C(n,Object.keys(we));throw new y(`unknown command "${n}"${s?` \u2014 did you mean \`security-manifest ${s}\`?`:""}`)}return await i(r,t)}catch(s){if(s instanceof y)return t.stderr(`security-manifest: ${s.message}
Run \`security-manifest ${i?`${n} `:""}--help\` for usage.
`),u.usage;throw s}}process.stdout.on("error",e=>{throw e.code==="EPIPE"&&process.exit(process.exitCode??0),e});ft(process.argv.slice(2),{stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTty:!!process.stdout.isTTY,env:process.env,cwd:process.cwd(),today:$e(),...process.stdin.isTTY&&process.stdout.isTTY?{prompts:e=>Ue({yes:E[e].yes,no:E[e].no})}:{}}).then(e=>{process.exitCode=e},e=>{process.stderr.write(`security-manifest: internal error: ${e instanceof Error?e.message:String(e)}
Please report this with the command you ran.
`),process.exitCode=2});
