import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{A as V,B as Z,C as Q,D as ee,E as k,F as w,G as d,I as te,J as ne,K as se,L as re,O as ie,a as z,b as D,c as L,d as O,e as H,f as Y,h as G,k as W,l as B,m as R,n as J,o as X,p as q,q as P,r as C,s as E,t as j,u as Se,v as _,w as b,x as T,y as K}from"./chunk-JC5EHNPH.js";import{g as m}from"./chunk-EIXN4FZP.js";m();O();m();m();var u=class extends Error{name="UsageError"},p={ok:0,gaps:1,usage:2};m();import M from"node:path";m();J();Se();m();function y(e){return e.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,"?")}var xe={critical:"\x1B[35m",high:"\x1B[31m",medium:"\x1B[33m",low:"\x1B[36m",dim:"\x1B[2m",bold:"\x1B[1m",ok:"\x1B[32m"},Ee="\x1B[0m",f={gaps:{en:e=>e===1?"1 gap":`${e} gaps`,de:e=>e===1?"1 L\xFCcke":`${e} L\xFCcken`},evaluated:{en:"evaluated",de:"bewertet am"},noGaps:{en:"No gaps found. The manifest meets every rule that applies.",de:"Keine L\xFCcken gefunden. Das Manifest erf\xFCllt alle zutreffenden Regeln."},fix:{en:"fix",de:"Abhilfe"},why:{en:"why",de:"warum"},waived:{en:"Waived (accepted by management, not counted)",de:"Ausgenommen (vom Management genehmigt, nicht gez\xE4hlt)"},cases:{en:"leaves open",de:"l\xE4sst offen"},unreadable:{en:"The manifest could not be read:",de:"Das Manifest konnte nicht gelesen werden:"},matrix:{en:"Risk matrix (BSI 200-3): threats by impact and likelihood",de:"Risikomatrix (BSI 200-3): Bedrohungen nach Auswirkung und H\xE4ufigkeit"},economics:{en:"Risk economics: expected annual loss vs. yearly cost of the measures",de:"Wirtschaftlichkeit: erwarteter Jahresschaden vs. j\xE4hrliche Kosten der Ma\xDFnahmen"},loss:{en:"expected loss",de:"erwarteter Schaden"},cost:{en:"measures",de:"Ma\xDFnahmen"},perYear:{en:"/year",de:"/Jahr"},paysOff:{en:"pays off",de:"lohnt sich"},doesNotPay:{en:"costs more than it saves",de:"kostet mehr, als sie einspart"},noCost:{en:"no measure cost given",de:"keine Ma\xDFnahmenkosten angegeben"}};function oe(e,s){e=je(e);let{language:t}=s,r=(o,l)=>s.color?`${xe[o]}${l}${Ee}`:l,n=[];if(e.errors.length>0){n.push(r("bold",f.unreadable[t]));for(let o of e.errors)n.push(R(o));return`${n.join(`
`)}
`}let i=H.filter(o=>e.summary.by_severity[o]>0).reverse().map(o=>`${e.summary.by_severity[o]} ${w(o,t)}`);n.push(`${r("bold",e.manifest)}: ${f.gaps[t](e.summary.total)}${i.length?` (${i.join(", ")})`:""} \xB7 ${f.evaluated[t]} ${e.evaluated_at}`);let a=e.findings.filter(o=>o.status!=="waived");a.length===0&&n.push("",r("ok",f.noGaps[t]));for(let o of Y){let l=a.filter(g=>g.area===o);if(l.length!==0){n.push("",r("bold",`${k(o,t)} (${l.length})`));for(let g of l)n.push(...Ce(g,s,r))}}let c=e.findings.filter(o=>o.status==="waived");if(c.length>0){n.push("",r("dim",f.waived[t]));for(let o of c)n.push(r("dim",`  ${o.rule}  ${e.manifest}:${o.line}  ${o.message}`))}return n.push(...Re(e,s,r)),`${n.join(`
`)}
`}function Re(e,s,t){let{language:r}=s;if(!e.risk)return[];let n=[];if(j.some(a=>E.some(c=>(e.risk?.heatmap[a][c].length??0)>0))){n.push("",t("bold",f.matrix[r]));let a=j.flatMap(o=>E.map(l=>(e.risk?.heatmap[o][l]??[]).join(","))),c=Math.max(14,...a.map(o=>o.length+2));n.push(`  ${"".padEnd(c)}${E.map(o=>o.padEnd(c)).join("")}`);for(let o of[...j].reverse()){let l=E.map(g=>(e.risk?.heatmap[o][g]??[]).join(",").padEnd(c));n.push(`  ${o.padEnd(c)}${l.join("")}`.trimEnd())}}if(e.risk.economics.length>0){n.push("",t("bold",f.economics[r]));for(let a of e.risk.economics){let c=a.paysOff===void 0?f.noCost[r]:a.paysOff?f.paysOff[r]:f.doesNotPay[r],o=a.measuresCostPerYear===void 0?"\u2013":`${_(a.measuresCostPerYear)}${f.perYear[r]}`;n.push(`  ${a.threat.padEnd(8)} ${f.loss[r]} ${_(a.expectedAnnualLoss)}${f.perYear[r]} \xB7 ${f.cost[r]} ${o} \xB7 ${c}`)}}return n}function Ce(e,s,t){let{language:r}=s,n=w(e.severity,r).padEnd(8),i=[`  ${t(e.severity,n)} ${t("dim",`${e.line}:${e.column}`.padEnd(7))} ${e.message}  ${t("dim",e.rule)}`],a=" ".repeat(19);if(e.applies_because&&i.push(`${a}${t("dim",`${f.why[r]}: ${e.applies_because}`)}`),e.remediation&&i.push(`${a}${f.fix[r]}: ${e.remediation}`),e.cases.length>0){let c=e.cases.map(o=>y(s.cases?.get(o)?.title[r]??o));i.push(`${a}${t("dim",`${f.cases[r]}: ${c.join(", ")}`)}`)}return i}function je(e){let s=t=>({...t,rule:y(t.rule),message:y(t.message),remediation:y(t.remediation),...t.applies_because===void 0?{}:{applies_because:y(t.applies_because)}});return{...e,manifest:y(e.manifest),findings:e.findings.map(s),fixed:e.fixed.map(s),errors:e.errors.map(t=>({...t,file:y(t.file),message:y(t.message),hint:y(t.hint)})),...e.risk?{risk:{heatmap:Object.fromEntries(Object.entries(e.risk.heatmap).map(([t,r])=>[t,Object.fromEntries(Object.entries(r).map(([n,i])=>[n,i.map(y)]))])),economics:e.risk.economics.map(t=>({...t,threat:y(t.threat),title:y(t.title)}))}}:{}}}m();import{parseArgs as Te}from"node:util";O();function v(e,s,t){let r;try{r=Te({args:e,options:s,allowPositionals:!0,strict:!0})}catch(n){throw new u(n instanceof Error?n.message.replace(/\. To specify a positional.*$/s,""):String(n))}if(r.positionals.length>t)throw new u(`unexpected argument: ${r.positionals[t]}`);return r}function S(e,s){let t=e??s.SECURITY_MANIFEST_LANG??"en";if(!X(t))throw new u(`--lang must be en or de, not "${t}"`);return t}function I(e,s){if(e===void 0)return s;if(!z(e))throw new u(`--today must be a date like 2026-11-26, not "${e}"`);return e}m();J();async function x(e,s){let{files:t,unmatched:r}=re(e,s.cwd);if(r.length>0)throw new u(`--rules ${r.map(n=>`"${n}"`).join(", ")} matches no file`);try{return await ie(t)}catch(n){if(!(n instanceof B))throw n;s.stderr(`A rule pack could not be loaded:
${R(n.problem)}
`);return}}var Ie=`Usage: security-manifest check [FILE] [options]

Checks a security manifest and prints its gap list.

Arguments:
  FILE                  the manifest (default: security-manifest.yml)

Options:
  --format <format>     text | json | markdown | sarif (default: text)
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --today <date>        evaluate as of this date, YYYY-MM-DD (default: today, UTC)
  --fail-on <level>     low | medium | high | critical | never | new (default: high)
  --rules <glob>        add your own rule packs (repeatable), e.g. --rules 'security/rules/*.yml'
  --root <dir>          repository root that evidence paths are relative to
                        (default: the manifest's folder)
  --pr-author <login>   check as for a pull request by this GitHub login
  --changed-file <path> check as for a pull request changing this file (repeatable)
  -h, --help            show this help

Exit status: 0 no gaps at or above --fail-on, 1 gaps at or above it,
2 usage error or a manifest that cannot be read.`,ae=["text","json","markdown","sarif"];async function ce(e,s){let{values:t,positionals:r}=v(e,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},"fail-on":{type:"string"},rules:{type:"string",multiple:!0},root:{type:"string"},"pr-author":{type:"string"},"changed-file":{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},1);if(t.help)return s.stdout(`${Ie}
`),p.ok;let n=t.format??"text";if(!ae.includes(n))throw new u(`--format must be one of ${ae.join(", ")}, not "${n}"`);let i=Z(t["fail-on"]??"high");if(!i)throw new u(`--fail-on must be one of ${V.join(", ")}, not "${t["fail-on"]}"`);let a=S(t.lang,s.env),c=I(t.today,s.today),o=r[0]??"security-manifest.yml",l=await x(t.rules??[],s);if(!l)return p.usage;let g=M.resolve(s.cwd,t.root??M.dirname(o)),$=await K(M.resolve(s.cwd,o),{today:c,language:a,displayName:o,ruleSet:l,evidenceExists:W(g),pullRequest:Ae(t["pr-author"],t["changed-file"])});if(n==="json")s.stdout(ee($));else if(n==="markdown")s.stdout(ne($,{language:a,cases:l.cases,limit:te}));else if(n==="sarif")s.stdout(se($,l,a));else{let ke=s.isTty&&!s.env.NO_COLOR,F=oe($,{language:a,color:ke,cases:l.cases});$.errors.length>0?s.stderr(F):s.stdout(F)}return $.errors.length>0?p.usage:Q($,i)?p.gaps:p.ok}function Ae(e,s){if(!(e===void 0&&s===void 0))return{author:e,changedFiles:s??[]}}m();m();m();var A={1:{en:"People are the main risk: training and awareness",de:"Der Mensch ist das gr\xF6\xDFte Risiko: Schulung und Sensibilisierung"},2:{en:"Security is a top-down decision: management involvement",de:"Sicherheit ist Chefsache: Einbindung der Gesch\xE4ftsleitung"},3:{en:"Concrete for the company's profile",de:"Konkret f\xFCr das Profil des Unternehmens"},4:{en:"An own risk assessment decides what pays off",de:"Eigene Risikobewertung entscheidet, was sich lohnt"},5:{en:"A moving target: security by design, re-evaluated regularly",de:"Ein bewegliches Ziel: Security by Design, regelm\xE4\xDFig neu bewertet"},6:{en:"Learn from worst practice: real attacks on SMEs",de:"Aus Negativbeispielen lernen: reale Angriffe auf KMU"}};var N={title:{en:"Rules",de:"Regeln"},generated:{en:"Generated from the rule packs in `rules/` by `npm run docs`; edit the packs, not this page.",de:"Aus den Regelpaketen in `rules/` erzeugt mit `npm run docs`; bearbeiten Sie die Pakete, nicht diese Seite."},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},everyProject:{en:"every project",de:"jedes Projekt"},tailoring:{en:"Tailoring",de:"Anpassung"},parameters:{en:"Parameters",de:"Parameter"},references:{en:"References",de:"Referenzen"},cases:{en:"Cases",de:"F\xE4lle"},why:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},when:{en:"when",de:"wenn gilt:"},catalogue:{en:"Worst-practice cases",de:"Negativbeispiele"},entry:{en:"Typical entry",de:"Typischer Einstieg"},measures:{en:"Measures",de:"Ma\xDFnahmen"},incidents:{en:"Incidents",de:"Vorf\xE4lle"},lesson:{en:"Lesson",de:"Lehre"},source:{en:"Source",de:"Quelle"},rules:{en:"rules",de:"Regeln"}};function me(e,s){let t=n=>N[n][s],r=[`# ${t("title")}`,"",t("generated"),""];for(let n of e.packs)r.push(`- [${d(k(n.area,s))}](#${n.pack}) (${n.rules.length} ${t("rules")})`);r.push(`- [${t("catalogue")}](#cases)`,"");for(let n of e.packs){r.push(`<a id="${n.pack}"></a>`,"",`## ${d(k(n.area,s))}`,""),n.description&&r.push(d(n.description[s]),""),r.push(`| | ${t("severity")} | ${t("thesis")} | ${t("applies")} |`,"|---|---|---|---|");for(let i of n.rules)r.push(`| [${i.id}](#${i.id.toLowerCase()}) ${d(i.title[s])} | ${w(i.severity,s)} | ${i.thesis} | ${d(le(i,s))} |`);r.push("");for(let i of n.rules)r.push(...Le(i,e,s))}r.push('<a id="cases"></a>',"",`## ${t("catalogue")}`,"");for(let n of e.cases.values()){r.push(`### ${d(n.title[s])} (\`${n.id}\`)`,"",d(n.description[s]),""),r.push(`**${t("entry")}:** ${d(n.entry[s])}`,"",`**${t("measures")}:**`,"");for(let i of n.measures)r.push(`- ${d(i[s])}`);r.push("",`**${t("references")}:** ${n.references.map(d).join(", ")}`,"",`**${t("incidents")}:**`,"");for(let i of n.incidents)r.push(`- **${d(i.name)} (${i.year})**: ${d(i.summary[s])} *${t("lesson")}:* ${d(i.lesson[s])} *${t("source")}:* ${d(i.source)}`);r.push("")}return`${r.join(`
`).trimEnd()}
`}function le(e,s){return e.applies?b(e.applies,s):N.everyProject[s]}function Le(e,s,t){let r=a=>N[a][t],n=[`### ${e.id}`,"",`**${d(e.title[t])}**`,""];n.push(`- ${r("severity")}: ${w(e.severity,t)}`),n.push(`- ${r("thesis")}: ${e.thesis} \u2014 ${d(A[e.thesis]?.[t]??"")}`),n.push(`- ${r("applies")}: ${d(le(e,t))}`);for(let a of e.tuning??[]){let c=[a.severity?`${r("severity")} ${w(a.severity,t)}`:void 0,...Object.entries(a.params??{}).map(([o,l])=>`${o} = ${String(l)}`)].filter(Boolean);n.push(`- ${r("tailoring")}: ${d(`${c.join(", ")} ${r("when")} ${b(a.when,t)}`)}`)}let i=[...T(e.check)].map(a=>{let c=s.parameters[a],o=(c?.tuning??[]).map(l=>`${String(l.value)} ${r("when")} ${b(l.when,t)}`);return`${a} = ${String(e.params?.[a]??c?.default)}${o.length?` (${o.join("; ")})`:""}`});return i.length>0&&n.push(`- ${r("parameters")}: ${d(i.join(", "))}`),n.push(`- ${r("references")}: ${e.references.map(d).join(", ")}`),e.cases.length>0&&n.push(`- ${r("cases")}: ${e.cases.map(a=>d(s.cases.get(a)?.title[t]??a)).join(", ")}`),n.push("",`**${r("why")}:** ${d(e.description[t])}`,""),n.push(`**${r("fix")}:** ${d(e.remediation[t].replace(/\{[a-z_]+\}/gi,"\u2026"))}`,""),n}var Oe=`Usage: security-manifest docs [options]

Prints the rule reference in Markdown, generated from the rule packs
(ours, plus your own with --rules), with the worst-practice catalogue.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also document your own rule packs (repeatable)
  -h, --help            show this help`;async function pe(e,s){let{values:t}=v(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},0);if(t.help)return s.stdout(`${Oe}
`),p.ok;let r=await x(t.rules??[],s);return r?(s.stdout(me(r,S(t.lang,s.env))),p.ok):p.usage}m();m();var Pe={area:{en:"Area",de:"Bereich"},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},tuning:{en:"Tailoring",de:"Anpassung"},what:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},references:{en:"References",de:"Referenzen"},cases:{en:"Worst-practice cases it guards against",de:"Negativbeispiele, gegen die sie sch\xFCtzt"},source:{en:"Defined in",de:"Definiert in"},schema:{en:"A format check of manifest v1: the manifest must follow the JSON Schema (`security-manifest schema`).",de:"Eine Formatpr\xFCfung des Manifests v1: Das Manifest muss dem JSON-Schema folgen (`security-manifest schema`)."},when:{en:"when",de:"wenn gilt:"},parameter:{en:"Parameter",de:"Parameter"},everyProject:{en:"every project",de:"jedes Projekt"},severityBecomes:{en:"severity",de:"Schweregrad"}};function de(e,s,t){let r=c=>Pe[c][t];if(e.kind==="schema")return`${e.id} \xB7 ${e.title}

${r("schema")}

${r("fix")}: ${e.remediation.replace(/\{\w+\}/g,"\u2026")}
`;let{rule:n}=e,i=[`${n.id} \xB7 ${n.title[t]}`,"",`${r("area")}: ${k(n.area,t)}`,`${r("severity")}: ${w(n.severity,t)}`,`${r("thesis")}: ${n.thesis} \u2014 ${A[n.thesis]?.[t]??""}`,`${r("applies")}: ${n.applies?b(n.applies,t):r("everyProject")}`];for(let c of n.tuning??[]){let o=[c.severity?`${r("severityBecomes")} ${w(c.severity,t)}`:void 0,...Object.entries(c.params??{}).map(([l,g])=>`${l} = ${String(g)}`)].filter(Boolean);i.push(`${r("tuning")}: ${o.join(", ")} ${r("when")} ${b(c.when,t)}`)}for(let c of T(n.check)){let o=s.parameters[c],l=n.params?.[c]??o?.default,g=(o?.tuning??[]).map($=>`${String($.value)} ${r("when")} ${b($.when,t)}`);i.push(`${r("parameter")}: ${c} = ${String(l)}${g.length?` (${g.join("; ")})`:""}`)}let a=n.remediation[t].replace(/\{[a-z_]+\}/gi,"\u2026");if(i.push("",`${r("what")}:`,`  ${n.description[t]}`,"",`${r("fix")}:`,`  ${a}`),i.push("",`${r("references")}: ${n.references.join(", ")}`),n.cases.length>0){i.push("",`${r("cases")}:`);for(let c of n.cases){let o=s.cases.get(c);if(!o)continue;let l=o.incidents.map(g=>`${g.name} (${g.year})`).join(", ");i.push(`  ${o.title[t]}: ${l}`)}}return i.push("",`${r("source")}: ${n.source}`),`${y(i.join(`
`))}
`}m();function ue(e,s,t){let r=s.trim().toUpperCase(),n=e.rules.find(a=>a.id===r);if(n)return{kind:"pack",rule:n};let i=Object.values(P).find(a=>a.id===r);if(i)return{kind:"schema",id:i.id,title:i.title[t],remediation:i.remediation[t]}}function fe(e){return[...Object.values(P).map(s=>s.id),...e.rules.map(s=>s.id)]}var _e=`Usage: security-manifest explain RULE [options]

Explains a rule: what it checks and why, how to fix a gap, when it applies,
its references and the worst-practice cases it guards against.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also load your own rule packs (repeatable)
  -h, --help            show this help`;async function he(e,s){let{values:t,positionals:r}=v(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},1);if(t.help)return s.stdout(`${_e}
`),p.ok;let n=r[0];if(!n)throw new u("name the rule to explain, e.g. `security-manifest explain TR-001`");let i=S(t.lang,s.env),a=await x(t.rules??[],s);if(!a)return p.usage;let c=ue(a,n,i);if(!c){let o=q(n.toUpperCase(),fe(a));throw new u(`unknown rule "${n}"${o?` \u2014 did you mean ${o}?`:""}`)}return s.stdout(de(c,a,i)),p.ok}m();import{existsSync as Me,writeFileSync as Ne}from"node:fs";import ye from"node:path";m();O();function ge(e){let s=r=>JSON.stringify(r),t=e.size==="micro"||e.size==="small";return`# yaml-language-server: $schema=https://security-manifest-check.dev/schemas/manifest-v1.schema.json
# Security manifest: the project's security by design, in one file. Replace the example
# entries, then run \`npx security-manifest check\` to see what is still missing and why.
manifest_version: 1

project:
  name: ${s(e.project)}
  description: What the project does, in one sentence.
  lead:
    name: Project Lead
  started: ${e.today}
  phase: development          # planning | development | production

organisation:
  name: ${s(e.organisation)}
  size: ${e.size}                 # micro (< 10 staff) | small (< 50) | medium (< 250) | large
  sector: ${e.sector}
  digitalisation_level: networked   # basic | networked | integrated | data-driven
  topics: [personal-data]     # personal-data | payments | ot-iot | cloud | remote-access | e-commerce | ai | outsourcing
  protection_needs:           # normal | high | very-high (BSI protection-need categories)
    confidentiality: normal
    integrity: normal
    availability: normal
  regulation:
    nis2: ${e.nis2}${e.nis2==="none"?"":"            # NIS2 Art. 20: management must be trained and approve the measures"}
    cra_product: ${e.craProduct}${e.craProduct?"       # fill in vulnerability_handling below (CRA Annex I Part II)":""}

management:
  sponsor:                    # security starts as a top-down decision: who in management owns it?
    name: Managing Director
    role: Managing director
  briefings: []               # date, topic: management-security, attendees, evidence

${t?`# Small companies without their own security specialist should name an external advisor:
# advisor:
#   name: Regional IT security partner
#   since: ${e.today}
#   last_engagement: ${e.today}
#   scope: threat model review, penetration test

`:""}team:
  - name: Project Lead
    role: product             # developer | admin | management | product | external
    joined: ${e.today}
    trainings: []             # topic (security-awareness, phishing, secure-coding \u2026), date, provider, evidence

components:
  - id: app
    name: The application
    paths: ["src/**"]         # which files belong to it (changes to them are tracked in pull requests)
    exposure: internet        # internet | internal | offline

threat_model:
  method: STRIDE              # STRIDE | LINDDUN | PASTA | other
  created: ${e.today}            # within the first weeks of the project: security by design
  threats: []                 # id, title, component, category, attack_type, likelihood, impact, treatment, mitigations, owner
  mitigations: []             # id, title, status (planned | in-progress | implemented), evidence

risk_acceptances: []          # threat, accepted_by (management), date, expires (at most 12 months)

reviews: []                   # kind (design-review, penetration-test \u2026), date, reviewer, independent, scope, report

incident_response:
  plan: docs/security/incident-response.md
${e.craProduct?`
vulnerability_handling:
  policy: SECURITY.md
  contact: security@example.com
  sbom: sbom.cdx.json
  security_updates_until: ${L(e.today,5)}
`:""}
evaluation:
  next_due: ${L(e.today,1)}

waivers: []                   # rule, scope, approved_by (management), reason, expires
`}var Ue=`Usage: security-manifest init [FILE] [options]

Writes a commented starting manifest, tailored to the company profile, that is
valid as it is. Then run \`security-manifest check\` to see what is missing.

Arguments:
  FILE                  where to write it (default: security-manifest.yml)

Options:
  --project <name>      project name (default: the folder's name)
  --organisation <name> company name (default: "Our company")
  --size <size>         micro | small | medium | large (default: small)
  --sector <sector>     manufacturing | crafts | retail | health | finance | logistics |
                        energy | public | it-services | other (default: other)
  --nis2 <status>       none | important | essential (default: none)
  --cra                 the product falls under the Cyber Resilience Act
  --today <date>        dates in the template (default: today, UTC)
  --stdout              print instead of writing a file
  --force               overwrite an existing file
  -h, --help            show this help`,$e=C.properties.organisation.properties,Fe=$e.size.enum,ze=$e.sector.enum,De=["none","important","essential"];function we(e,s){let{values:t,positionals:r}=v(e,{project:{type:"string"},organisation:{type:"string"},size:{type:"string"},sector:{type:"string"},nis2:{type:"string"},cra:{type:"boolean"},today:{type:"string"},stdout:{type:"boolean"},force:{type:"boolean"},help:{type:"boolean",short:"h"}},1);if(t.help)return s.stdout(`${Ue}
`),p.ok;let n=r[0]??"security-manifest.yml",i={project:t.project??ye.basename(s.cwd),organisation:t.organisation??"Our company",size:U("--size",t.size??"small",Fe),sector:U("--sector",t.sector??"other",ze),nis2:U("--nis2",t.nis2??"none",De),craProduct:t.cra??!1,today:I(t.today,s.today)},a=ge(i);if(t.stdout)return s.stdout(a),p.ok;let c=ye.resolve(s.cwd,n);if(Me(c)&&!t.force)throw new u(`${n} exists already; use --force to overwrite it or name another file`);return Ne(c,a),s.stdout(`Wrote ${n}. Fill it in, then run: security-manifest check ${n}
`),p.ok}function U(e,s,t){if(!t.includes(s))throw new u(`${e} must be one of ${t.join(", ")}, not "${s}"`);return s}m();var He=`Usage: security-manifest schema

Prints the JSON Schema of manifest format v1 (for editors and other tools).`;function ve(e,s){let{values:t}=v(e,{help:{type:"boolean",short:"h"}},0);return s.stdout(t.help?`${He}
`:`${JSON.stringify(C,null,2)}
`),p.ok}var Ye=`Usage: security-manifest <command> [options]

Security-by-design checks for SME development pipelines.

Commands:
  init [FILE]     write a commented starting manifest tailored to your company
  check [FILE]    check a security manifest and print its gap list
  explain RULE    explain a rule: what, why, how to fix, references, cases
  docs            print the rule reference (Markdown) generated from the packs
  schema          print the JSON Schema of the manifest format

Run \`security-manifest <command> --help\` for a command's options.
Options: -h, --help  show this help \xB7 -v, --version  show the version`,Ge={check:ce,explain:he,docs:pe,init:we,schema:ve};async function be(e,s){let[t,...r]=e;if(t===void 0||t==="-h"||t==="--help"||t==="help")return s.stdout(`${Ye}
`),t===void 0?p.usage:p.ok;if(t==="-v"||t==="--version")return s.stdout(`${G.version}
`),p.ok;let n=Ge[t];try{if(!n)throw new u(`unknown command "${t}"`);return await n(r,s)}catch(i){if(i instanceof u)return s.stderr(`security-manifest: ${i.message}
Run \`security-manifest ${n?`${t} `:""}--help\` for usage.
`),p.usage;throw i}}process.stdout.on("error",e=>{throw e.code==="EPIPE"&&process.exit(process.exitCode??0),e});be(process.argv.slice(2),{stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTty:!!process.stdout.isTTY,env:process.env,cwd:process.cwd(),today:D()}).then(e=>{process.exitCode=e},e=>{process.stderr.write(`security-manifest: internal error: ${e instanceof Error?e.message:String(e)}
Please report this with the command you ran.
`),process.exitCode=2});
