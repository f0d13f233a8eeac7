import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{$ as qe,A as X,B as A,C as B,D as V,E as qt,F as be,K as Q,L as Ce,M as ee,N as je,O as Oe,P as Me,Q as De,R as ze,S as Ue,T as Fe,U as Be,V as Ve,W as We,X as Ge,Y as He,Z as j,_ as S,a as Ae,aa as P,b as Pe,ba as w,c as ue,d as fe,da as Ye,e as C,ea as Ke,fa as Ze,g as M,ga as Je,h as H,ha as Xe,i as q,k as D,l as Ie,m as Le,o as Y,p as K,q as Z,r as he,s as Gt,t as ge,u as Ht,v as _e,w as Ne,x as ye,y as we,z as J}from"./chunk-3X5HHEVW.js";import"./chunk-5IJAA2EY.js";import"./chunk-4RMAEULO.js";import{e as Wt,g as p,i as m,j as h}from"./chunk-6KAKKCKX.js";p();m();p();m();var T={en:{intro:"security-manifest init: a starting manifest in a few questions",project:"Project name",organisation:"Company name",phase:"Project phase",staff:"How many people work in the company? (Enter to skip)",size:"Company size (EU SME definition)",sector:"Sector",topics:"Which topics apply? (space to choose, Enter to go on)",confidentiality:"Protection need: confidentiality (how bad if the data became known?)",integrity:"Protection need: integrity (how bad if data or systems were changed?)",availability:"Protection need: availability (how bad if the system were down?)",nis2:"Does the company fall under NIS2?",cra:"Is the project a product with digital elements sold in the EU (Cyber Resilience Act)?",lead:"Project lead (full name)",sponsor:"Member of management who owns security in the project (full name)",sponsorRole:"The sponsor's position",briefing:"Brief management on security at today's kick-off? (records it and writes a minutes template)",yes:"Yes",no:"No",default:"default",cancelled:"Cancelled: nothing was written.",oneLine:"Please write it on one line, without leading or trailing spaces.",staffNumber:"Please give a whole number of at least 1, or leave it empty.",done:"Manifest written.",wrote:e=>`Wrote ${e}.`,wroteTemplate:e=>`Wrote the template ${e}: fill it in.`,keptFile:e=>`Kept the existing ${e}.`,firstThree:"The first three things to do:",noGaps:"The check finds no gaps.",fix:"how",runCheck:e=>`Run \`security-manifest check ${e}\` to see the whole list.`,phases:{planning:"planning",development:"development",production:"production (in use)"},sizes:{micro:"micro (fewer than 10)",small:"small (fewer than 50)",medium:"medium (fewer than 250)",large:"large (250 or more)"},nis2Values:{none:"no",important:"important entity",essential:"essential entity"},levels:{normal:"normal",high:"high","very-high":"very high"}},de:{intro:"security-manifest init: ein erstes Manifest in wenigen Fragen",project:"Name des Projekts",organisation:"Name des Unternehmens",phase:"Projektphase",staff:"Wie viele Menschen arbeiten im Unternehmen? (Enter zum \xDCberspringen)",size:"Unternehmensgr\xF6\xDFe (KMU-Definition der EU)",sector:"Branche",topics:"Welche Themen betreffen Sie? (Leertaste w\xE4hlt, Enter geht weiter)",confidentiality:"Schutzbedarf Vertraulichkeit (wie schlimm, wenn Daten bekannt w\xFCrden?)",integrity:"Schutzbedarf Integrit\xE4t (wie schlimm, wenn Daten oder Systeme ver\xE4ndert w\xFCrden?)",availability:"Schutzbedarf Verf\xFCgbarkeit (wie schlimm, wenn das System ausfiele?)",nis2:"F\xE4llt das Unternehmen unter NIS2?",cra:"Ist das Projekt ein Produkt mit digitalen Elementen, das in der EU verkauft wird (Cyber Resilience Act)?",lead:"Projektleitung (vollst\xE4ndiger Name)",sponsor:"Wer in der Gesch\xE4ftsleitung verantwortet die Sicherheit im Projekt? (vollst\xE4ndiger Name)",sponsorRole:"Position dieser Person",briefing:"Die Gesch\xE4ftsleitung beim heutigen Auftakt zur Sicherheit unterweisen? (wird eingetragen, mit Protokollvorlage)",yes:"Ja",no:"Nein",default:"Standard",cancelled:"Abgebrochen: Es wurde nichts geschrieben.",oneLine:"Bitte in einer Zeile, ohne Leerzeichen am Anfang oder Ende.",staffNumber:"Bitte eine ganze Zahl ab 1 angeben oder leer lassen.",done:"Manifest geschrieben.",wrote:e=>`${e} geschrieben.`,wroteTemplate:e=>`Vorlage ${e} geschrieben: bitte ausf\xFCllen.`,keptFile:e=>`Vorhandene Datei ${e} beibehalten.`,firstThree:"Die ersten drei Schritte:",noGaps:"Die Pr\xFCfung findet keine L\xFCcken.",fix:"wie",runCheck:e=>`Mit \`security-manifest check ${e}\` sehen Sie die ganze Liste.`,phases:{planning:"Planung",development:"Entwicklung",production:"Betrieb (im Einsatz)"},sizes:{micro:"Kleinstunternehmen (unter 10)",small:"klein (unter 50)",medium:"mittel (unter 250)",large:"gro\xDF (250 oder mehr)"},nis2Values:{none:"nein",important:"wichtige Einrichtung",essential:"besonders wichtige Einrichtung"},levels:{normal:"normal",high:"hoch","very-high":"sehr hoch"}}},Qe={en:{manufacturing:"manufacturing",crafts:"crafts",retail:"retail",health:"health",finance:"finance",logistics:"logistics",energy:"energy",public:"public sector","it-services":"IT services",other:"other"},de:{manufacturing:"produzierendes Gewerbe",crafts:"Handwerk",retail:"Handel",health:"Gesundheit",finance:"Finanzen",logistics:"Logistik",energy:"Energie",public:"\xF6ffentlicher Sektor","it-services":"IT-Dienstleistungen",other:"andere"}},et={en:{"personal-data":"personal data",payments:"payments","ot-iot":"machines, sensors, industrial control (OT/IoT)",cloud:"cloud services","remote-access":"remote access","e-commerce":"online shop",ai:"artificial intelligence",outsourcing:"outsourced IT or development"},de:{"personal-data":"personenbezogene Daten",payments:"Zahlungen","ot-iot":"Maschinen, Sensoren, Steuerungen (OT/IoT)",cloud:"Cloud-Dienste","remote-access":"Fernzugriff","e-commerce":"Onlineshop",ai:"k\xFCnstliche Intelligenz",outsourcing:"ausgelagerte IT oder Entwicklung"}};fe();p();m();p();m();var te=Symbol("cancelled");async function tt(e){let n=await import("./chunk-364CCGNU.js"),t={input:e.input,output:e.output},i=r=>n.isCancel(r)?te:r;return{intro:r=>n.intro(r,t),text:async r=>i(await n.text({...t,message:r.message,placeholder:r.defaultValue,defaultValue:r.defaultValue,validate:s=>r.validate(s||r.defaultValue)})||r.defaultValue),select:async r=>i(await n.select({...t,message:r.message,options:r.options.map(s=>({value:s.value,label:s.label,hint:s.hint})),initialValue:r.initialValue})),multiselect:async r=>i(await n.multiselect({...t,message:r.message,options:r.options.map(s=>({value:s.value,label:s.label,hint:s.hint})),initialValues:r.initialValues,required:!1})),confirm:async r=>i(await n.confirm({...t,message:r.message,initialValue:r.initialValue,active:e.yes,inactive:e.no})),cancel:r=>n.cancel(r,t),outro:r=>n.outro(r,t)}}p();m();p();m();var b=class extends Error{name="UsageError"},g={ok:0,gaps:1,usage:2,cancelled:130};p();m();import _ from"node:path";he();p();m();function nt(e,n){if(e.errors.length>0||!n.minSeverity&&!n.areas)return e;let t=n.minSeverity?D(n.minSeverity):-1,i=n.areas?new Set(n.areas):void 0,r=l=>D(l.severity)>=t&&(!i||i.has(l.area)),s=e.findings.filter(r),o=s.filter(q),c=Object.fromEntries(M.map(l=>[l,o.filter(u=>u.severity===l).length])),a=Object.fromEntries(H.map(l=>[l,o.filter(u=>u.area===l).length]));return{...e,status:o.length>0?"gaps":"ok",summary:{total:o.length,by_severity:c,by_area:a},findings:s,fixed:e.fixed.filter(r),...e.no_longer_checked?{no_longer_checked:e.no_longer_checked.filter(r)}:{}}}p();m();he();qt();var Yt={critical:"\x1B[35m",high:"\x1B[31m",medium:"\x1B[33m",low:"\x1B[36m",dim:"\x1B[2m",bold:"\x1B[1m",ok:"\x1B[32m"},Kt="\x1B[0m",$={changes:{en:"This PR changes security decisions",de:"Dieser PR \xE4ndert Sicherheitsentscheidungen"},base:{en:"base",de:"Basis"},noLonger:{en:"No longer checked because of this PR (not fixed):",de:"Wegen dieses PRs nicht mehr gepr\xFCft (nicht behoben):"},gaps:{en:e=>e===1?"1 gap":`${e} gaps`,de:e=>e===1?"1 L\xFCcke":`${e} L\xFCcken`},evaluated:{en:"evaluated",de:"bewertet am"},noGaps:{en:"No gaps found. The manifest meets every rule that applies.",de:"Keine L\xFCcken gefunden. Das Manifest erf\xFCllt alle zutreffenden Regeln."},fix:{en:"fix",de:"Abhilfe"},why:{en:"why",de:"warum"},supersedes:{en:"same cause as",de:"gleiche Ursache wie"},upcoming:{en:"Due soon (not gaps yet)",de:"Bald f\xE4llig (noch keine L\xFCcken)"},waived:{en:"Waived (accepted by management, not counted)",de:"Ausgenommen (vom Management genehmigt, nicht gez\xE4hlt)"},cases:{en:"attacks this leaves room for",de:"Angriffe, denen dies Raum l\xE4sst"},unreadable:{en:"The manifest could not be read:",de:"Das Manifest konnte nicht gelesen werden:"},matrix:{en:"Risk matrix (BSI 200-3): threats by impact and likelihood",de:"Risikomatrix (BSI 200-3): Bedrohungen nach Auswirkung und H\xE4ufigkeit"},economics:{en:"Risk economics: expected annual loss vs. yearly cost of the measures",de:"Wirtschaftlichkeit: erwarteter Jahresschaden vs. j\xE4hrliche Kosten der Ma\xDFnahmen"},loss:{en:"expected loss",de:"erwarteter Schaden"},cost:{en:"measures",de:"Ma\xDFnahmen"},perYear:{en:"/year",de:"/Jahr"},paysOff:{en:"pays off",de:"lohnt sich"},doesNotPay:{en:"costs more than it saves",de:"kostet mehr, als sie einspart"},noCost:{en:"no measure cost given",de:"keine Ma\xDFnahmenkosten angegeben"}};function it(e,n){e=Xt(e);let{language:t}=n,i=(d,v)=>n.color?`${Yt[d]}${v}${Kt}`:v,r=[];if(e.errors.length>0){r.push(i("bold",$.unreadable[t]));for(let d of e.errors)r.push(Z(d));return`${r.join(`
`)}
`}let s=M.filter(d=>e.summary.by_severity[d]>0).reverse().map(d=>`${e.summary.by_severity[d]} ${S(d,t)}`);if(r.push(`${i("bold",e.manifest)}: ${$.gaps[t](e.summary.total)}${s.length?` (${s.join(", ")})`:""} \xB7 ${$.evaluated[t]} ${e.evaluated_at}`),e.din_spec_27076){r.push(We(e.din_spec_27076,t));let d=Ge(e.din_spec_27076);d.length>0&&r.push(i("dim",`  ${He[t]}: ${d.join(" \xB7 ")}`))}let o=qe(e.truncated,t);o&&r.push(i("dim",o));let c=e.changes??[];if(c.length>0){r.push("",i("bold",`${$.changes[t]} (${c.length})`));for(let d of c){let v=Be(d.approval,t),R=`${d.side==="base"?`${$.base[t]} `:""}${d.line}:${d.column}`;r.push(`  ${i("dim",R.padEnd(12))} ${d.message}`),v&&r.push(`${" ".repeat(15)}${i("dim",v)}`)}}let a=e.findings.filter(d=>d.status!=="waived").sort(Ie);a.length===0?r.push("",i("ok",$.noGaps[t])):r.push("");for(let d of a)r.push(...Jt(d,n,i));let l=e.no_longer_checked??[];if(l.length>0){r.push("",i("dim",$.noLonger[t]));for(let d of l)r.push(i("dim",`  ${d.rule}  ${d.message} \u2014 ${d.because??""}`))}let u=e.findings.filter(d=>d.status==="waived");if(u.length>0){r.push("",i("dim",$.waived[t]));for(let d of u)r.push(i("dim",`  ${d.rule}  ${e.manifest}:${d.line}  ${d.message}`))}let f=e.upcoming??[];if(f.length>0){r.push("",i("bold",`${$.upcoming[t]} (${f.length})`));for(let d of f)r.push(`  ${i("dim",d.due)}  ${d.what}  ${i("dim",d.rule)}`)}return r.push(...Zt(e,n,i)),`${r.join(`
`)}
`}function Zt(e,n,t){let{language:i}=n;if(!e.risk)return[];let r=[];if(V.some(o=>B.some(c=>(e.risk?.heatmap[o][c].length??0)>0))){r.push("",t("bold",$.matrix[i]));let o=V.flatMap(l=>B.map(u=>(e.risk?.heatmap[l][u]??[]).join(","))),c=Math.max(14,...o.map(l=>l.length+2)),a=Math.max(c,...V.map(l=>X("impact",l,i).length+2));r.push(`  ${"".padEnd(a)}${B.map(l=>X("likelihood",l,i).padEnd(c)).join("")}`);for(let l of[...V].reverse()){let u=B.map(f=>(e.risk?.heatmap[l][f]??[]).join(",").padEnd(c));r.push(`  ${X("impact",l,i).padEnd(a)}${u.join("")}`.trimEnd())}}if(e.risk.economics.length>0){r.push("",t("bold",$.economics[i]));for(let o of e.risk.economics){let c=o.paysOff===void 0?$.noCost[i]:o.paysOff?$.paysOff[i]:$.doesNotPay[i],a=o.measuresCostPerYear===void 0?"\u2013":`${be(o.measuresCostPerYear,i)}${$.perYear[i]}`;r.push(`  ${o.threat.padEnd(8)} ${$.loss[i]} ${be(o.expectedAnnualLoss,i)}${$.perYear[i]} \xB7 ${$.cost[i]} ${a} \xB7 ${c}`)}}return r}function Jt(e,n,t){let{language:i}=n,r=S(e.severity,i).padEnd(8),s=[`  ${t(e.severity,r)} ${t("dim",`${e.line}:${e.column}`.padEnd(7))} ${e.message}  ${t("dim",`${e.rule} \xB7 ${j(e.area,i)}`)}`],o=" ".repeat(19);if(e.pending&&s.push(`${o}${t("bold",Ve(e.pending.waiting_for,e.pending.state,i))}`),e.applies_because&&s.push(`${o}${t("dim",`${$.why[i]}: ${e.applies_because}`)}`),e.supersedes?.length&&s.push(`${o}${t("dim",`${$.supersedes[i]}: ${e.supersedes.join(", ")}`)}`),e.remediation&&s.push(`${o}${$.fix[i]}: ${e.remediation}`),e.cases.length>0){let c=e.cases.map(a=>P(n.cases?.get(a)?.title[i]??a));s.push(`${o}${t("dim",`${$.cases[i]}: ${c.join(", ")}`)}`)}return s}function Xt(e){return $e(e)}function $e(e){return typeof e=="string"?P(e):Array.isArray(e)?e.map($e):e!==null&&typeof e=="object"?Object.fromEntries(Object.entries(e).map(([n,t])=>[n,$e(t)])):e}p();m();import{parseArgs as Qt}from"node:util";fe();function k(e,n,t){let i;try{i=Qt({args:e,options:n,allowPositionals:!0,strict:!0})}catch(r){let s=r instanceof Error?r.message.replace(/\. To specify a positional.*$/s,""):String(r);throw new b(`${s}${en(r,n)}`)}if(i.positionals.length>t)throw new b(`unexpected argument: ${i.positionals[t]}`);return i}function I(e,n){let t=e??n.SECURITY_MANIFEST_LANG??"en";if(!Ne(t))throw new b(`--lang must be en or de, not "${t}"`);return t}function ne(e,n){if(e===void 0)return n;if(!Ae(e))throw new b(`--today must be a date like 2026-11-26, not "${e}"`);return e}function en(e,n){if(!(e instanceof Error)||e.code!=="ERR_PARSE_ARGS_UNKNOWN_OPTION")return"";let t=/Unknown option '(-{1,2}[^'=]+)/.exec(e.message)?.[1];if(!t)return"";let i=C(t.replace(/^-+/,""),Object.keys(n));return i?` \u2014 did you mean --${i}?`:""}function E(e,n,t){if(t.includes(n))return n;let i=C(n,t);throw new b(`${e} must be one of ${t.join(", ")}, not "${n}"${i?` \u2014 did you mean ${i}?`:""}`)}p();m();he();async function L(e,n){let{files:t,unmatched:i}=await Je(e,n.cwd);if(i.length>0)throw new b(`--rules ${i.map(r=>`"${r}"`).join(", ")} matches no file`);try{return await Xe(t,{cwd:n.cwd})}catch(r){if(!(r instanceof K))throw r;n.stderr(`A rule pack could not be loaded:
${Z(r.problem)}
`);return}}var tn=`Usage: security-manifest check [FILE] [options]

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
2 usage error or a manifest that cannot be read.`,nn=["text","json","markdown","sarif"];async function ot(e,n){let{values:t,positionals:i}=k(e,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},"fail-on":{type:"string"},"min-severity":{type:"string"},area:{type:"string",multiple:!0},quiet:{type:"boolean",short:"q"},rules:{type:"string",multiple:!0},root:{type:"string"},"pr-author":{type:"string"},"changed-file":{type:"string",multiple:!0},base:{type:"string"},"approved-by":{type:"string",multiple:!0},decisions:{type:"string"},help:{type:"boolean",short:"h"}},1);if(t.help)return n.stdout(`${tn}
`),g.ok;let r=E("--format",t.format??"text",nn),s=ze(E("--fail-on",t["fail-on"]??"high",De))??"high",o=I(t.lang,n.env),c=ne(t.today,n.today),a=i[0]??"security-manifest.yml",l=rn(t["min-severity"],t.area);if(t.quiet&&r!=="text")throw new b(`--quiet shortens the text format only, not --format ${r}`);let u=await L(t.rules??[],n);if(!u)return g.usage;let f=E("--decisions",t.decisions??"require-approval",Oe),d=_.resolve(n.cwd,t.root??_.dirname(a)),v=_.relative(d,_.resolve(n.cwd,a)).split(_.sep).join("/"),R={today:c,language:o,displayName:a,ruleSet:u,evidenceExists:Y(d)},pe=t.base===void 0?await ee(_.resolve(n.cwd,a),{...R,pullRequest:rt(t["pr-author"],t["changed-file"],v)}):await sn(a,t.base,n,{...R,pullRequest:{...rt(t["pr-author"],t["changed-file"],v)??{changedFiles:[]},approvedBy:t["approved-by"]??[]}},f),x=nt(pe,l);if(r==="json")n.stdout(Fe(x));else if(r==="markdown")n.stdout(Ke(x,{language:o,cases:u.cases,limit:Ye}));else if(r==="sarif")n.stdout(Ze(x,u,o));else{let me=n.isTty&&!n.env.NO_COLOR,F=it(x,{language:o,color:me,cases:u.cases});x.errors.length>0?n.stderr(F):n.stdout(t.quiet?`${F.split(`
`,1)[0]}
`:F)}return x.errors.length>0?g.usage:Ue(x,s)?g.gaps:g.ok}function rn(e,n){return{...e===void 0?{}:{minSeverity:E("--min-severity",e,M)},...n===void 0?{}:{areas:n.flatMap(t=>t.split(",")).map(t=>E("--area",t.trim(),H))}}}function rt(e,n,t){if(!(e===void 0&&n===void 0))return{author:e,changedFiles:n??[],checkFiles:[t]}}async function sn(e,n,t,i,r){let s=await st(_.resolve(t.cwd,e));if(typeof s!="string")return je(s,e,i);let o=await st(_.resolve(t.cwd,n));if(typeof o!="string")throw new b(`--base ${n}: ${o.problem.message}`);return Me({head:{file:e,text:s},base:{kind:"found",text:o},options:i,decisions:r})}async function st(e){try{return await _e(e,"manifest")}catch(n){if(n instanceof K)return n;throw n}}p();m();p();m();p();m();var ie={1:{en:"People are the main risk: training and awareness",de:"Der Mensch ist das gr\xF6\xDFte Risiko: Schulung und Sensibilisierung"},2:{en:"Security is a top-down decision: management involvement",de:"Sicherheit ist Chefsache: Einbindung der Gesch\xE4ftsleitung"},3:{en:"Concrete for the company's profile",de:"Konkret f\xFCr das Profil des Unternehmens"},4:{en:"An own risk assessment decides what pays off",de:"Eigene Risikobewertung entscheidet, was sich lohnt"},5:{en:"A moving target: security by design, re-evaluated regularly",de:"Ein bewegliches Ziel: Security by Design, regelm\xE4\xDFig neu bewertet"},6:{en:"Learn from worst practice: real attacks on SMEs",de:"Aus Negativbeispielen lernen: reale Angriffe auf KMU"}};var ve={title:{en:"Rules",de:"Regeln"},generated:{en:"Generated from the rule packs in `rules/` by `npm run docs`; edit the packs, not this page.",de:"Aus den Regelpaketen in `rules/` erzeugt mit `npm run docs`; bearbeiten Sie die Pakete, nicht diese Seite."},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},everyProject:{en:"every project",de:"jedes Projekt"},tailoring:{en:"Tailoring",de:"Anpassung"},parameters:{en:"Parameters",de:"Parameter"},references:{en:"References",de:"Referenzen"},cases:{en:"Cases",de:"F\xE4lle"},why:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},when:{en:"when",de:"wenn gilt:"},catalogue:{en:"Worst-practice cases",de:"Negativbeispiele"},entry:{en:"Typical entry",de:"Typischer Einstieg"},measures:{en:"Measures",de:"Ma\xDFnahmen"},incidents:{en:"Incidents",de:"Vorf\xE4lle"},lesson:{en:"Lesson",de:"Lehre"},source:{en:"Source",de:"Quelle"},rules:{en:"rules",de:"Regeln"}};function at(e,n){let t=r=>ve[r][n],i=[`# ${t("title")}`,"",t("generated"),""];for(let r of e.packs)i.push(`- [${w(j(r.area,n))}](#${r.pack}) (${r.rules.length} ${t("rules")})`);i.push(`- [${t("catalogue")}](#cases)`,"");for(let r of e.packs){i.push(`<a id="${r.pack}"></a>`,"",`## ${w(j(r.area,n))}`,""),r.description&&i.push(w(r.description[n]),""),i.push(`| | ${t("severity")} | ${t("thesis")} | ${t("applies")} |`,"|---|---|---|---|");for(let s of r.rules)i.push(`| [${s.id}](#${s.id.toLowerCase()}) ${w(s.title[n])} | ${S(s.severity,n)} | ${s.thesis} | ${w(ct(s,n))} |`);i.push("");for(let s of r.rules)i.push(...on(s,e,n))}i.push('<a id="cases"></a>',"",`## ${t("catalogue")}`,"");for(let r of e.cases.values()){i.push(`### ${w(r.title[n])} (\`${r.id}\`)`,"",w(r.description[n]),""),i.push(`**${t("entry")}:** ${w(r.entry[n])}`,"",`**${t("measures")}:**`,"");for(let s of r.measures)i.push(`- ${w(s[n])}`);i.push("",`**${t("references")}:** ${r.references.map(w).join(", ")}`,"",`**${t("incidents")}:**`,"");for(let s of r.incidents)i.push(`- **${w(s.name)} (${s.year})**: ${w(s.summary[n])} *${t("lesson")}:* ${w(s.lesson[n])} *${t("source")}:* ${w(s.source)}`);i.push("")}return`${i.join(`
`).trimEnd()}
`}function ct(e,n){return e.applies?A(e.applies,n):ve.everyProject[n]}function on(e,n,t){let i=o=>ve[o][t],r=[`### ${e.id}`,"",`**${w(e.title[t])}**`,""];r.push(`- ${i("severity")}: ${S(e.severity,t)}`),r.push(`- ${i("thesis")}: ${e.thesis} \u2014 ${w(ie[e.thesis]?.[t]??"")}`),r.push(`- ${i("applies")}: ${w(ct(e,t))}`);for(let o of e.tuning??[]){let c=[o.severity?`${i("severity")} ${S(o.severity,t)}`:void 0,...Object.entries(o.params??{}).map(([a,l])=>`${a} = ${String(l)}`)].filter(Boolean);r.push(`- ${i("tailoring")}: ${w(`${c.join(", ")} ${i("when")} ${A(o.when,t)}`)}`)}let s=[...Q(e.check)].map(o=>{let c=n.parameters[o],a=(c?.tuning??[]).map(l=>`${String(l.value)} ${i("when")} ${A(l.when,t)}`);return`${o} = ${String(e.params?.[o]??c?.default)}${a.length?` (${a.join("; ")})`:""}`});return s.length>0&&r.push(`- ${i("parameters")}: ${w(s.join(", "))}`),r.push(`- ${i("references")}: ${e.references.map(w).join(", ")}`),e.cases.length>0&&r.push(`- ${i("cases")}: ${e.cases.map(o=>w(n.cases.get(o)?.title[t]??o)).join(", ")}`),r.push("",`**${i("why")}:** ${w(e.description[t])}`,""),r.push(`**${i("fix")}:** ${w(e.remediation[t].replace(/\{[a-z_]+\}/gi,"\u2026"))}`,""),r}var an=`Usage: security-manifest docs [options]

Prints the rule reference in Markdown, generated from the rule packs
(ours, plus your own with --rules), with the worst-practice catalogue.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also document your own rule packs (repeatable)
  -h, --help            show this help`;async function lt(e,n){let{values:t}=k(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},0);if(t.help)return n.stdout(`${an}
`),g.ok;let i=await L(t.rules??[],n);return i?(n.stdout(at(i,I(t.lang,n.env))),g.ok):g.usage}p();m();p();m();p();m();function mt(e,n,t,i){let r={};for(let[u,f]of Object.entries(n.parameters))r[u]=f.default;Object.assign(r,e.params);for(let[u,f]of Object.entries(r)){let d=/^(.*)max_age_days$/.exec(u);d&&typeof f=="number"&&(r[`${d[1]}since`]=cn[i](f))}let s={};dt(s,t?.item,""),dt(s,t?.parent,"parent_");let o=pt(t?.item)??pt(t?.parent);o!==void 0&&(s.label=o);let c=e.remediation[i],a=[...c.matchAll(/\{([a-z_]+)\}/gi)].some(([,u])=>u!==void 0&&Object.hasOwn(s,u)&&!Object.hasOwn(r,u)),l=ye(ye(c,r),s).replace(/\{([a-z_][a-z0-9_]*)\}/gi,(u,f)=>(dn[f]??pn)[i]);return a&&o!==void 0?`${l} ${ln[i](o)}`:l}function dt(e,n,t){if(!(!n||typeof n!="object"||Array.isArray(n)))for(let[i,r]of Object.entries(n))["string","number","boolean"].includes(typeof r)&&(e[t+i]=r)}function pt(e){if(!(!e||typeof e!="object"||Array.isArray(e)))for(let n of["id","name","title","rule","threat"]){let t=e[n];if(typeof t=="string")return t}}var cn={en:e=>`the day ${e} days before the check`,de:e=>`dem Tag ${e} Tage vor der Pr\xFCfung`},ln={en:e=>`(Shown for ${e} of the example below.)`,de:e=>`(Hier f\xFCr ${e} aus dem Beispiel unten.)`},dn={name:{en:"the person named in the gap",de:"die in der L\xFCcke genannte Person"},files:{en:"named in the gap",de:"in der L\xFCcke genannt"},champions:{en:"named in the gap",de:"in der L\xFCcke genannt"},rule:{en:"the rule named in the gap",de:"die in der L\xFCcke genannte Regel"},attack_type:{en:"named in the gap",de:"aus der L\xFCcke"},today:{en:"today",de:"heute"}},pn={en:"(as named in the gap)",de:"(wie in der L\xFCcke genannt)"},ut={"SC-001":{en:"Use one of the allowed values; the gap's message lists them, e.g. `role: developer` instead of `role: dev`.",de:"Verwenden Sie einen der erlaubten Werte; die Meldung der L\xFCcke nennt sie, z. B. `role: developer` statt `role: dev`."},"SC-002":{en:"Write the kind of value the gap's message names, e.g. a list `topics: [cloud]` instead of `topics: cloud`.",de:"Tragen Sie die Art von Wert ein, die die Meldung nennt, z. B. eine Liste `topics: [cloud]` statt `topics: cloud`."},"SC-003":{en:"Add the field the gap's message names, in the section it names, e.g. `name:` under `project:`.",de:"Erg\xE4nzen Sie das Feld, das die Meldung nennt, in dem genannten Abschnitt, z. B. `name:` unter `project:`."},"SC-004":{en:"Rename the key to one the gap's message lists (it suggests the closest), or remove it.",de:"Benennen Sie den Schl\xFCssel in einen der in der Meldung genannten um (die Meldung schl\xE4gt den \xE4hnlichsten vor) oder entfernen Sie ihn."},"SC-006":{en:"Change the value so that it keeps the rule the gap's message states (for example a length or a pattern).",de:"\xC4ndern Sie den Wert so, dass er die in der Meldung genannte Regel einh\xE4lt (etwa eine L\xE4nge oder ein Muster)."},"SC-007":{en:"Make organisation \u2192 size match organisation \u2192 staff_count by the EU SME definition (micro under 10, small under 50, medium under 250 staff), or correct the head count.",de:"Bringen Sie organisation \u2192 size mit organisation \u2192 staff_count nach der EU-KMU-Definition in Einklang (Kleinstunternehmen unter 10, klein unter 50, mittelgro\xDF unter 250 Besch\xE4ftigte) oder korrigieren Sie die Zahl der Besch\xE4ftigten."}};p();m();var se=Wt(Gt(),1);Ht();import{readFileSync as mn}from"node:fs";var ke="examples/remote-maintenance-portal/security-manifest.yml",Se;function un(){return Se===void 0&&(Se=typeof h>"u"?(0,se.parse)(mn(new URL(`../../${ke}`,import.meta.url),"utf8")):h),Se}var fn={"attack-type-coverage":"/threat_model/threats","risk-economics":"/threat_model/threats","champion-review":"/team","unmapped-changes":"/components"};function ht(e){let n=un(),t=e.check,i=new Set,r,s;if(Ce(t)){let c=t.pointer,a=fn[t.builtin];typeof c=="string"?i.add(c):a&&(i.add(a),r=ft(re(n,a)))}else{let c=t;if(c.for_each){let[a="",l]=c.for_each.split("/*");i.add(a);let u=ft(re(n,a));l===void 0?r=u:u&&typeof u=="object"&&(s=u,r=re(u,l))}else{for(let a of gt(c.require,""))i.add(a);i.size===0&&c.pointer&&i.add(c.pointer)}for(let a of yt(c.require))i.add(a)}let o={};for(let c of[...i].filter(a=>a!=="")){let a=re(n,c);a!==void 0&&hn(o,ge(c).map(String),Array.isArray(a)?a.slice(0,1):a)}if(Object.keys(o).length!==0)return{yaml:(0,se.stringify)(o,{lineWidth:0}),...r!==void 0?{item:r}:{},...s?{parent:s}:{}}}function gt(e,n){if(!e||typeof e!="object")return[];let t=e,i=Array.isArray(t.required)?t.required:[],r=t.properties??{},s=[];for(let o of i){if(typeof o!="string")continue;let c=gt(r[o],`${n}/${o}`);s.push(...c.length>0?c:[`${n}/${o}`])}return s}function yt(e){if(!e||typeof e!="object")return[];let n=[];for(let[t,i]of Object.entries(e)){if((t==="refersTo"||t==="referencedBy")&&i&&typeof i=="object"){let r=i.items;typeof r=="string"&&!r.includes("*")&&n.push(r)}n.push(...yt(i))}return n}function re(e,n){let t=e;for(let i of ge(n))if(Array.isArray(t))t=t[Number(i)];else if(t&&typeof t=="object")t=t[String(i)];else return;return t}function ft(e){return Array.isArray(e)?e[0]:void 0}function hn(e,n,t){let i=e;for(let[r,s]of n.entries()){if(r===n.length-1){i[s]=t;return}let o=i[s];if(Array.isArray(o))return;(!o||typeof o!="object")&&(i[s]={}),i=i[s]}}var gn={en:`Example to copy (from ${ke}, a manifest with no gaps):`,de:`Beispiel zum \xDCbernehmen (aus ${ke}, einem Manifest ohne L\xFCcken):`};function wt(e){return gn[e]}var yn={area:{en:"Area",de:"Bereich"},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis (one of the six principles behind every rule, see docs/product.md)",de:"These (einer der sechs Grunds\xE4tze hinter jeder Regel, siehe docs/product.md)"},applies:{en:"Applies",de:"Gilt"},tuning:{en:"Tailoring",de:"Anpassung"},what:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},references:{en:"References",de:"Referenzen"},cases:{en:"Worst-practice cases it guards against",de:"Negativbeispiele, gegen die sie sch\xFCtzt"},source:{en:"Defined in",de:"Definiert in"},schema:{en:"A format check of manifest v1: the manifest must follow the JSON Schema (`security-manifest schema`).",de:"Eine Formatpr\xFCfung des Manifests v1: Das Manifest muss dem JSON-Schema folgen (`security-manifest schema`)."},when:{en:"when",de:"wenn gilt:"},parameter:{en:"Parameter",de:"Parameter"},everyProject:{en:"every project",de:"jedes Projekt"},severityBecomes:{en:"severity",de:"Schweregrad"}};function $t(e,n,t){let i=a=>yn[a][t];if(e.kind==="schema")return bt([`${e.id} \xB7 ${e.title}`,"",i("schema"),"",`${i("fix")}: ${ut[e.id]?.[t]??e.remediation}`]);let{rule:r}=e,s=[`${r.id} \xB7 ${r.title[t]}`,"",`${i("area")}: ${j(r.area,t)}`,`${i("severity")}: ${S(r.severity,t)}`,`${i("thesis")}: ${r.thesis} \u2014 ${ie[r.thesis]?.[t]??""}`,`${i("applies")}: ${r.applies?A(r.applies,t):i("everyProject")}`];for(let a of r.tuning??[]){let l=[a.severity?`${i("severityBecomes")} ${S(a.severity,t)}`:void 0,...Object.entries(a.params??{}).map(([u,f])=>`${u} = ${String(f)}`)].filter(Boolean);s.push(`${i("tuning")}: ${l.join(", ")} ${i("when")} ${A(a.when,t)}`)}for(let a of Q(r.check)){let l=n.parameters[a],u=r.params?.[a]??l?.default,f=(l?.tuning??[]).map(d=>`${String(d.value)} ${i("when")} ${A(d.when,t)}`);s.push(`${i("parameter")}: ${a} = ${String(u)}${f.length?` (${f.join("; ")})`:""}`)}let o=ht(r),c=mt(r,n,o,t);if(s.push("",`${i("what")}:`,`  ${r.description[t]}`,"",`${i("fix")}:`,`  ${c}`),o){s.push("",wt(t),"");for(let a of o.yaml.trimEnd().split(`
`))s.push(`  ${a}`)}if(s.push("",`${i("references")}: ${r.references.join(", ")}`),r.cases.length>0){s.push("",`${i("cases")}:`);for(let a of r.cases){let l=n.cases.get(a);if(!l)continue;let u=l.incidents.map(f=>`${f.name} (${f.year})`).join(", ");s.push(`  ${l.title[t]}: ${u}`)}}return s.push("",`${i("source")}: ${r.source}`),bt(s)}function bt(e){return`${e.map(P).join(`
`)}
`}p();m();function vt(e,n,t){let i=n.trim().toUpperCase(),r=e.rules.find(o=>o.id===i);if(r)return{kind:"pack",rule:r};let s=Object.values(we).find(o=>o.id===i);if(s)return{kind:"schema",id:s.id,title:s.title[t],remediation:s.remediation[t]}}function St(e){return[...Object.values(we).map(n=>n.id),...e.rules.map(n=>n.id)]}var wn=`Usage: security-manifest explain RULE [options]

Explains a rule: what it checks and why, how to fix a gap, when it applies,
its references and the worst-practice cases it guards against.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also load your own rule packs (repeatable)
  -h, --help            show this help`;async function kt(e,n){let{values:t,positionals:i}=k(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},1);if(t.help)return n.stdout(`${wn}
`),g.ok;let r=i[0];if(!r)throw new b("name the rule to explain, e.g. `security-manifest explain TR-001`");let s=I(t.lang,n.env),o=await L(t.rules??[],n);if(!o)return g.usage;let c=vt(o,r,s);if(!c){let a=C(r.toUpperCase(),St(o));throw new b(`unknown rule "${r}"${a?` \u2014 did you mean ${a}?`:""}`)}return n.stdout($t(c,o,s)),g.ok}p();m();import{existsSync as Ct,mkdirSync as _t,writeFileSync as Nt}from"node:fs";import O from"node:path";p();m();fe();p();m();var bn={intro1:"Security manifest: the project's security by design, in one file. Replace the example",intro2:"entries, then run `npx security-manifest check` to see what is still missing and why.",description:"What the project does, in one sentence.",protectionNote:"BSI protection-need categories",nis2Note:"NIS2 Art. 20: management must be trained and approve the measures",craNote:"fill in vulnerability_handling below (CRA Annex I Part II)",sponsorNote:"security starts as a top-down decision: who in management owns it?",sponsorGithubNote:"waivers and risk acceptances a PR adds take effect once this login approves the PR",briefingsNote:"date, topic: management-security, attendees, evidence",minutesNote:"a template: fill in the minutes after the kick-off",advisorNote:"Small companies without their own security specialist should name an external advisor:",advisorExample:"Regional IT security partner",advisorScope:"threat model review, penetration test",trainingsNote:"topic (security-awareness, phishing, secure-coding \u2026), date, provider, evidence",componentName:"The application",pathsNote:"which files belong to it (changes to them are tracked in pull requests)",threatModelNote:"within the first weeks of the project: security by design",acceptanceNote:"at most 12 months",planNote:"a template: fill it in",vulnerabilityNote:"CRA Annex I Part II: how vulnerabilities are reported and fixed",writeThenUncomment:"write the file, then remove the # in front",incidentPlan:(e,n)=>`<!-- TEMPLATE written by \`security-manifest init\` on ${n}: fill it in. -->
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
`,briefingMinutes:(e,n,t)=>`<!-- TEMPLATE written by \`security-manifest init\` on ${n}: fill it in. -->
# Security briefing of management: ${e}, ${n}

> **Template.** Replace every line in italics with what was said and decided.

- Date: ${n}
- Attendees: ${t}, _others_
- Topic: management-security

## Current threats for our company
_e.g. phishing, CEO fraud, ransomware; what happened to similar companies_

## The project's risks
_the first threats of the threat model and how we want to treat them_

## Decisions
_budget, priorities, who is responsible for what_
`},$n={intro1:"Sicherheitsmanifest: Security by Design des Projekts in einer Datei. Ersetzen Sie die",intro2:"Beispieleintr\xE4ge und f\xFChren Sie `npx security-manifest check` aus: Es zeigt, was noch fehlt und warum.",description:"Was das Projekt tut, in einem Satz.",protectionNote:"Schutzbedarfskategorien nach BSI",nis2Note:"NIS2 Art. 20: Die Gesch\xE4ftsleitung muss geschult sein und die Ma\xDFnahmen billigen",craNote:"f\xFCllen Sie unten vulnerability_handling aus (CRA Anhang I Teil II)",sponsorNote:"Sicherheit beginnt als Entscheidung von oben: Wer in der Gesch\xE4ftsleitung verantwortet sie?",sponsorGithubNote:"Ausnahmen und Risiko\xFCbernahmen aus einem PR gelten, sobald dieser Login den PR genehmigt",briefingsNote:"date, topic: management-security, attendees, evidence",minutesNote:"eine Vorlage: tragen Sie das Protokoll nach dem Auftakt ein",advisorNote:"Kleine Unternehmen ohne eigene Sicherheitsfachkraft sollten einen externen Berater benennen:",advisorExample:"Regionaler IT-Sicherheitspartner",advisorScope:"Review des Bedrohungsmodells, Penetrationstest",trainingsNote:"topic (security-awareness, phishing, secure-coding \u2026), date, provider, evidence",componentName:"Die Anwendung",pathsNote:"welche Dateien dazugeh\xF6ren (\xC4nderungen daran werden in Pull Requests verfolgt)",threatModelNote:"in den ersten Wochen des Projekts: Security by Design",acceptanceNote:"h\xF6chstens 12 Monate",planNote:"eine Vorlage: f\xFCllen Sie sie aus",vulnerabilityNote:"CRA Anhang I Teil II: wie Schwachstellen gemeldet und behoben werden",writeThenUncomment:"Datei anlegen, dann das # davor entfernen",incidentPlan:(e,n)=>`<!-- VORLAGE, geschrieben von \`security-manifest init\` am ${n}: bitte ausf\xFCllen. -->
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
`,briefingMinutes:(e,n,t)=>`<!-- VORLAGE, geschrieben von \`security-manifest init\` am ${n}: bitte ausf\xFCllen. -->
# Sicherheitsunterweisung der Gesch\xE4ftsleitung: ${e}, ${n}

> **Vorlage.** Ersetzen Sie jede kursive Zeile durch das, was besprochen und beschlossen wurde.

- Datum: ${n}
- Teilnehmende: ${t}, _weitere_
- Thema: management-security

## Aktuelle Bedrohungen f\xFCr unser Unternehmen
_z. B. Phishing, CEO-Betrug, Ransomware; was \xE4hnlichen Unternehmen passiert ist_

## Risiken des Projekts
_die ersten Bedrohungen des Bedrohungsmodells und wie wir sie behandeln wollen_

## Beschl\xFCsse
_Budget, Priorit\xE4ten, wer wof\xFCr verantwortlich ist_
`},Ee={en:bn,de:$n};var oe=["planning","development","production"],N=["normal","high","very-high"],Et="docs/security/incident-response.md",Rt=e=>`docs/security/management-briefing-${e}.md`;function xt(e){let n=Ee[e.language],t=[{path:Et,text:n.incidentPlan(e.project,e.today)}];return e.briefing&&t.push({path:Rt(e.today),text:n.briefingMinutes(e.project,e.today,e.sponsor.name)}),{manifest:vn(e),companions:t}}function vn(e){let n=Ee[e.language],t=o=>JSON.stringify(o),i=e.size==="micro"||e.size==="small",r=e.topics.length>0?`[${e.topics.join(", ")}]`:"[]",s=e.briefing?`
    - date: ${e.today}
      topic: management-security
      attendees: [${t(e.sponsor.name)}]
      evidence: ${Rt(e.today)}   # ${n.minutesNote}`:` []               # ${n.briefingsNote}`;return`# yaml-language-server: $schema=${e.schema.replace(/[\r\n]/g,"")}
# ${n.intro1}
# ${n.intro2}
manifest_version: 1

project:
  name: ${t(e.project)}
  description: ${t(n.description)}
  lead:
    name: ${t(e.lead)}
  started: ${e.today}
  phase: ${e.phase.padEnd(18)} # planning | development | production

organisation:
  name: ${t(e.organisation)}
  size: ${e.size.padEnd(19)} # micro (< 10) | small (< 50) | medium (< 250) | large${e.staffCount===void 0?"":`
  staff_count: ${e.staffCount}`}
  sector: ${e.sector}
  digitalisation_level: networked   # basic | networked | integrated | data-driven
  topics: ${r.padEnd(18)} # personal-data | payments | ot-iot | cloud | remote-access | e-commerce | ai | outsourcing
  protection_needs:           # normal | high | very-high (${n.protectionNote})
    confidentiality: ${e.protection.confidentiality}
    integrity: ${e.protection.integrity}
    availability: ${e.protection.availability}
  regulation:
    nis2: ${e.nis2}${e.nis2==="none"?"":`            # ${n.nis2Note}`}
    cra_product: ${e.craProduct}${e.craProduct?`       # ${n.craNote}`:""}

management:
  sponsor:                    # ${n.sponsorNote}
    name: ${t(e.sponsor.name)}
    role: ${t(e.sponsor.role)}
    # github: login           # ${n.sponsorGithubNote}
  briefings:${s}

${i?`# ${n.advisorNote}
# advisor:
#   name: ${n.advisorExample}
#   since: ${e.today}
#   last_engagement: ${e.today}
#   scope: ${n.advisorScope}

`:""}team:
  - name: ${t(e.lead)}
    role: product             # developer | admin | management | product | external
    joined: ${e.today}
    trainings: []             # ${n.trainingsNote}

components:
  - id: app
    name: ${t(n.componentName)}
    paths: ["src/**"]         # ${n.pathsNote}
    exposure: internet        # internet | internal | offline

threat_model:
  method: STRIDE              # STRIDE | LINDDUN | PASTA | other
  created: ${e.today}            # ${n.threatModelNote}
  threats: []                 # id, title, component, category, attack_type, likelihood, impact, treatment, mitigations, owner
  mitigations: []             # id, title, status (planned | in-progress | implemented), evidence

risk_acceptances: []          # threat, accepted_by (management), date, expires (${n.acceptanceNote})

reviews: []                   # kind (design-review, penetration-test \u2026), date, reviewer, independent, scope, report

incident_response:
  plan: ${Et}   # ${n.planNote}
${e.craProduct?`
vulnerability_handling:       # ${n.vulnerabilityNote}
  # policy: SECURITY.md       # ${n.writeThenUncomment}
  contact: security@example.com
  # sbom: sbom.cdx.json       # ${n.writeThenUncomment}
  security_updates_until: ${ue(e.today,5)}
`:""}
evaluation:
  next_due: ${ue(e.today,1)}

waivers: []                   # rule, scope, approved_by (management), reason, expires
`}p();m();import Re from"node:path";import{fileURLToPath as Sn}from"node:url";var Tt="https://raw.githubusercontent.com/security-manifest-check/security-manifest-check/v1/schema/manifest-v1.schema.json";function kn(){return Sn(new URL("../../schema/manifest-v1.schema.json",import.meta.url))}function At(e){return Re.relative(Re.dirname(e),kn()).split(Re.sep).join("/")}p();m();function En(e,n=3){return e.findings.filter(q).map((t,i)=>({finding:t,index:i})).sort((t,i)=>D(i.finding.severity)-D(t.finding.severity)||t.index-i.index).slice(0,n).map(({finding:t})=>t)}function Pt(e,n,t){let i=T[t],r=En(e);if(r.length===0)return`${i.noGaps}
`;let s=[i.firstThree];return r.forEach((o,c)=>{s.push(`  ${c+1}. ${P(o.message)} (${o.rule})`),o.remediation&&s.push(`     ${i.fix}: ${P(o.remediation)}`)}),s.push(i.runCheck(n)),`${s.join(`
`)}
`}p();m();var xe=J.properties.organisation.properties,ae=xe.size.enum,ce=xe.sector.enum,z=xe.topics.items.enum,le=["none","important","essential"];function W(e){return e.length>0&&e.length<=200&&/^\S(?:.*\S)?$/u.test(e)&&!/[\r\n\u2028\u2029]/.test(e)}function U(e){return e<10?"micro":e<50?"small":e<250?"medium":"large"}var Rn={en:{project:"Our project",organisation:"Our company",lead:"Project Lead",sponsor:"Managing Director",role:"Managing director"},de:{project:"Unser Projekt",organisation:"Unser Unternehmen",lead:"Projektleitung",sponsor:"Gesch\xE4ftsf\xFChrung",role:"Gesch\xE4ftsf\xFChrung"}};function It(e,n="en"){let t=Rn[n];return{project:W(e)?e:t.project,organisation:t.organisation,phase:"development",size:"small",sector:"other",topics:["personal-data"],protection:{confidentiality:"normal",integrity:"normal",availability:"normal"},nis2:"none",craProduct:!1,lead:t.lead,sponsor:{name:t.sponsor,role:t.role},briefing:!0}}p();m();var de=class extends Error{};async function Lt(e,n,t){let i=T[t],r=a=>{if(a===te)throw new de;return a},s=(a,l,u)=>a.map(f=>({value:f,label:l[f]??f,...f===u?{hint:i.default}:{}})),o=a=>W(a)?void 0:i.oneLine,c=async(a,l,u,f)=>r(await e.select({message:a,options:s(l,u,f),initialValue:f}));try{e.intro(i.intro);let a=r(await e.text({message:i.project,defaultValue:n.project,validate:o})),l=r(await e.text({message:i.organisation,defaultValue:n.organisation,validate:o})),u=await c(i.phase,oe,i.phases,n.phase),f=r(await e.text({message:i.staff,defaultValue:n.staffCount===void 0?"":String(n.staffCount),validate:G=>G===""||/^[1-9]\d{0,6}$/.test(G)?void 0:i.staffNumber})),d=f===""?void 0:Number(f),v=d===void 0?await c(i.size,ae,i.sizes,n.size):U(d),R=await c(i.sector,ce,Qe[t],n.sector),pe=r(await e.multiselect({message:i.topics,options:s(z,et[t],""),initialValues:[...n.topics]})),x=await c(i.confidentiality,N,i.levels,n.protection.confidentiality),me=await c(i.integrity,N,i.levels,n.protection.integrity),F=await c(i.availability,N,i.levels,n.protection.availability),Dt=await c(i.nis2,le,i.nis2Values,n.nis2),zt=r(await e.confirm({message:i.cra,initialValue:n.craProduct})),Ut=r(await e.text({message:i.lead,defaultValue:n.lead,validate:o})),Ft=r(await e.text({message:i.sponsor,defaultValue:n.sponsor.name,validate:o})),Bt=r(await e.text({message:i.sponsorRole,defaultValue:n.sponsor.role,validate:o})),Vt=r(await e.confirm({message:i.briefing,initialValue:n.briefing}));return{project:a||n.project,organisation:l||n.organisation,phase:u,size:v,...d===void 0?{}:{staffCount:d},sector:R,topics:z.filter(G=>pe.includes(G)),protection:{confidentiality:x,integrity:me,availability:F},nis2:Dt,craProduct:zt,lead:Ut||n.lead,sponsor:{name:Ft||n.sponsor.name,role:Bt||n.sponsor.role},briefing:Vt}}catch(a){if(!(a instanceof de))throw a;e.cancel(i.cancelled);return}}var xn=`Usage: security-manifest init [FILE] [options]

Writes a commented starting manifest tailored to the company profile, valid as it is,
with short templates for the files it refers to (incident-response plan, minutes of the
kick-off briefing), creating missing folders. Then it checks the manifest and prints
the first three things to do. On a terminal it asks the questions below, with the
flags' values (or the defaults) preselected; elsewhere, or with --yes, it asks nothing.

Arguments:
  FILE                    where to write it (default: security-manifest.yml)

Options:
  --project <name>        project name (default: the folder's name)
  --organisation <name>   company name (default: "Our company", German "Unser Unternehmen")
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
  --lead <name>           project lead (default: "Project Lead", German "Projektleitung")
  --sponsor <name>        member of management who owns security (default: "Managing Director",
                          German "Gesch\xE4ftsf\xFChrung")
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

Exit status: 0 written, 2 usage error or the file exists, 130 cancelled (nothing written).`;async function jt(e,n){let{values:t,positionals:i}=k(e,{project:{type:"string"},organisation:{type:"string"},phase:{type:"string"},staff:{type:"string"},size:{type:"string"},sector:{type:"string"},topics:{type:"string"},confidentiality:{type:"string"},integrity:{type:"string"},availability:{type:"string"},nis2:{type:"string"},cra:{type:"boolean"},lead:{type:"string"},sponsor:{type:"string"},"sponsor-role":{type:"string"},"no-briefing":{type:"boolean"},lang:{type:"string"},today:{type:"string"},schema:{type:"string"},yes:{type:"boolean",short:"y"},stdout:{type:"boolean"},force:{type:"boolean"},help:{type:"boolean",short:"h"}},1);if(t.help)return n.stdout(`${xn}
`),g.ok;let r=i[0]??"security-manifest.yml",s=O.resolve(n.cwd,r),o=I(t.lang,n.env),c=ne(t.today,n.today),a=E("--schema",t.schema??"url",["url","local"]),l=An(t,O.basename(n.cwd),o);if(!t.stdout&&Ct(s)&&!t.force)throw new b(`${r} exists already; use --force to overwrite it or name another file`);let u=n.prompts&&!t.yes&&!t.stdout?await Lt(await n.prompts(o),l,o):l;if(!u)return g.cancelled;let f={...u,language:o,today:c,schema:a==="local"?At(s):Tt},{manifest:d,companions:v}=xt(f);return t.stdout?(n.stdout(d),g.ok):Tn(r,s,d,v,o,c,n)}async function Tn(e,n,t,i,r,s,o){let c=T[r],a=O.dirname(n);_t(a,{recursive:!0}),Nt(n,t);let l=[c.wrote(e)];for(let d of i){let v=O.join(a,d.path),R=O.relative(o.cwd,v).split(O.sep).join("/");if(Ct(v)){l.push(c.keptFile(R));continue}_t(O.dirname(v),{recursive:!0}),Nt(v,d.text),l.push(c.wroteTemplate(R))}o.stdout(`${l.join(`
`)}

`);let u=await L([],o);if(!u)return g.usage;let f=await ee(n,{today:s,language:r,ruleSet:u,displayName:e,evidenceExists:Y(a)});return o.stdout(Pt(f,e,r)),g.ok}function An(e,n,t){let i=It(n,t),r=(l,u)=>{let f=e[l];if(typeof f!="string")return u;if(!W(f))throw new b(`--${l} must be one line without leading or trailing spaces`);return f},s=(l,u,f)=>{let d=e[l];return typeof d=="string"?E(`--${l}`,d,u):f},o=e.staff,c;if(typeof o=="string"){if(!/^[1-9]\d{0,6}$/.test(o))throw new b(`--staff must be a whole number of at least 1, not "${o}"`);c=Number(o)}let a=s("size",ae,c===void 0?i.size:U(c));if(c!==void 0&&a!==U(c))throw new b(`--size ${a} contradicts --staff ${c}: by the EU SME definition ${c} staff is ${U(c)}; leave out --size or correct one of them`);return{project:r("project",i.project),organisation:r("organisation",i.organisation),phase:s("phase",oe,i.phase),size:a,...c===void 0?{}:{staffCount:c},sector:s("sector",ce,i.sector),topics:typeof e.topics=="string"?Pn(e.topics):i.topics,protection:{confidentiality:s("confidentiality",N,"normal"),integrity:s("integrity",N,"normal"),availability:s("availability",N,"normal")},nis2:s("nis2",le,i.nis2),craProduct:e.cra===!0,lead:r("lead",i.lead),sponsor:{name:r("sponsor",i.sponsor.name),role:r("sponsor-role",i.sponsor.role)},briefing:e["no-briefing"]!==!0}}function Pn(e){if(e.trim()==="none"||e.trim()==="")return[];let n=e.split(",").map(t=>E("--topics",t.trim(),z));return z.filter(t=>n.includes(t))}p();m();var In=`Usage: security-manifest schema

Prints the JSON Schema of manifest format v1 (for editors and other tools).`;function Ot(e,n){let{values:t}=k(e,{help:{type:"boolean",short:"h"}},0);return n.stdout(t.help?`${In}
`:`${JSON.stringify(J,null,2)}
`),g.ok}var Ln=`Usage: security-manifest <command> [options]

Security-by-design checks for SME development pipelines.

Commands:
  init [FILE]     write a commented starting manifest tailored to your company
  check [FILE]    check a security manifest and print its gap list
  explain RULE    explain a rule: what, why, how to fix, references, cases
  docs            print the rule reference (Markdown) generated from the packs
  schema          print the JSON Schema of the manifest format

Run \`security-manifest <command> --help\` for a command's options.
Options: -h, --help  show this help \xB7 -v, --version  show the version`,Te={check:ot,explain:kt,docs:lt,init:jt,schema:Ot};async function Mt(e,n){let[t,...i]=e;if(t===void 0||t==="-h"||t==="--help"||t==="help")return n.stdout(`${Ln}
`),t===void 0?g.usage:g.ok;if(t==="-v"||t==="--version")return n.stdout(`${Le.version}
`),g.ok;let r=Object.hasOwn(Te,t)?Te[t]:void 0;try{if(!r){let s=C(t,Object.keys(Te));throw new b(`unknown command "${t}"${s?` \u2014 did you mean \`security-manifest ${s}\`?`:""}`)}return await r(i,n)}catch(s){if(s instanceof b)return n.stderr(`security-manifest: ${s.message}
Run \`security-manifest ${r?`${t} `:""}--help\` for usage.
`),g.usage;throw s}}process.stdout.on("error",e=>{throw e.code==="EPIPE"&&process.exit(process.exitCode??0),e});Mt(process.argv.slice(2),{stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTty:!!process.stdout.isTTY,env:process.env,cwd:process.cwd(),today:Pe(),...process.stdin.isTTY&&process.stdout.isTTY?{prompts:e=>tt({yes:T[e].yes,no:T[e].no})}:{}}).then(e=>{process.exitCode=e},e=>{process.stderr.write(`security-manifest: internal error: ${e instanceof Error?e.message:String(e)}
Please report this with the command you ran.
`),process.exitCode=2});
