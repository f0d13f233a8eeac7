import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{A as V,B as Z,C as Q,D as ee,E as b,F as $,G as d,I as te,J as ne,K as re,L as se,O as oe,a as z,b as D,c as L,d as O,e as H,f as Y,h as G,k as W,l as B,m as E,n as J,o as X,p as q,q as P,r as R,s as x,t as C,u as Se,v as M,w as v,x as T,y as K}from"./chunk-PP7BPNIJ.js";import{g as m}from"./chunk-VCST2IZK.js";m();O();m();m();var u=class extends Error{name="UsageError"},p={ok:0,gaps:1,usage:2};m();import _ from"node:path";m();J();Se();m();function I(e){return e.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,"?")}var xe={critical:"\x1B[35m",high:"\x1B[31m",medium:"\x1B[33m",low:"\x1B[36m",dim:"\x1B[2m",bold:"\x1B[1m",ok:"\x1B[32m"},Ee="\x1B[0m",f={gaps:{en:e=>e===1?"1 gap":`${e} gaps`,de:e=>e===1?"1 L\xFCcke":`${e} L\xFCcken`},evaluated:{en:"evaluated",de:"bewertet am"},noGaps:{en:"No gaps found. The manifest meets every rule that applies.",de:"Keine L\xFCcken gefunden. Das Manifest erf\xFCllt alle zutreffenden Regeln."},fix:{en:"fix",de:"Abhilfe"},why:{en:"why",de:"warum"},waived:{en:"Waived (accepted by management, not counted)",de:"Ausgenommen (vom Management genehmigt, nicht gez\xE4hlt)"},cases:{en:"leaves open",de:"l\xE4sst offen"},unreadable:{en:"The manifest could not be read:",de:"Das Manifest konnte nicht gelesen werden:"},matrix:{en:"Risk matrix (BSI 200-3): threats by impact and likelihood",de:"Risikomatrix (BSI 200-3): Bedrohungen nach Auswirkung und H\xE4ufigkeit"},economics:{en:"Risk economics: expected annual loss vs. yearly cost of the measures",de:"Wirtschaftlichkeit: erwarteter Jahresschaden vs. j\xE4hrliche Kosten der Ma\xDFnahmen"},loss:{en:"expected loss",de:"erwarteter Schaden"},cost:{en:"measures",de:"Ma\xDFnahmen"},perYear:{en:"/year",de:"/Jahr"},paysOff:{en:"pays off",de:"lohnt sich"},doesNotPay:{en:"costs more than it saves",de:"kostet mehr, als sie einspart"},noCost:{en:"no measure cost given",de:"keine Ma\xDFnahmenkosten angegeben"}};function ie(e,r){let{language:t}=r,s=(i,l)=>r.color?`${xe[i]}${l}${Ee}`:l,n=[];if(e.errors.length>0){n.push(s("bold",f.unreadable[t]));for(let i of e.errors)n.push(E(i));return`${n.join(`
`)}
`}let o=H.filter(i=>e.summary.by_severity[i]>0).reverse().map(i=>`${e.summary.by_severity[i]} ${$(i,t)}`);n.push(`${s("bold",e.manifest)}: ${f.gaps[t](e.summary.total)}${o.length?` (${o.join(", ")})`:""} \xB7 ${f.evaluated[t]} ${e.evaluated_at}`);let a=e.findings.filter(i=>i.status!=="waived");a.length===0&&n.push("",s("ok",f.noGaps[t]));for(let i of Y){let l=a.filter(g=>g.area===i);if(l.length!==0){n.push("",s("bold",`${b(i,t)} (${l.length})`));for(let g of l)n.push(...Ce(g,r,s))}}let c=e.findings.filter(i=>i.status==="waived");if(c.length>0){n.push("",s("dim",f.waived[t]));for(let i of c)n.push(s("dim",`  ${i.rule}  ${e.manifest}:${i.line}  ${i.message}`))}return n.push(...Re(e,r,s)),`${I(n.join(`
`))}
`}function Re(e,r,t){let{language:s}=r;if(!e.risk)return[];let n=[];if(C.some(a=>x.some(c=>(e.risk?.heatmap[a][c].length??0)>0))){n.push("",t("bold",f.matrix[s]));let a=C.flatMap(i=>x.map(l=>(e.risk?.heatmap[i][l]??[]).join(","))),c=Math.max(14,...a.map(i=>i.length+2));n.push(`  ${"".padEnd(c)}${x.map(i=>i.padEnd(c)).join("")}`);for(let i of[...C].reverse()){let l=x.map(g=>(e.risk?.heatmap[i][g]??[]).join(",").padEnd(c));n.push(`  ${i.padEnd(c)}${l.join("")}`.trimEnd())}}if(e.risk.economics.length>0){n.push("",t("bold",f.economics[s]));for(let a of e.risk.economics){let c=a.paysOff===void 0?f.noCost[s]:a.paysOff?f.paysOff[s]:f.doesNotPay[s],i=a.measuresCostPerYear===void 0?"\u2013":`${M(a.measuresCostPerYear)}${f.perYear[s]}`;n.push(`  ${a.threat.padEnd(8)} ${f.loss[s]} ${M(a.expectedAnnualLoss)}${f.perYear[s]} \xB7 ${f.cost[s]} ${i} \xB7 ${c}`)}}return n}function Ce(e,r,t){let{language:s}=r,n=$(e.severity,s).padEnd(8),o=[`  ${t(e.severity,n)} ${t("dim",`${e.line}:${e.column}`.padEnd(7))} ${e.message}  ${t("dim",e.rule)}`],a=" ".repeat(19);if(e.applies_because&&o.push(`${a}${t("dim",`${f.why[s]}: ${e.applies_because}`)}`),e.remediation&&o.push(`${a}${f.fix[s]}: ${e.remediation}`),e.cases.length>0){let c=e.cases.map(i=>r.cases?.get(i)?.title[s]??i);o.push(`${a}${t("dim",`${f.cases[s]}: ${c.join(", ")}`)}`)}return o}m();import{parseArgs as Te}from"node:util";O();function w(e,r,t){let s;try{s=Te({args:e,options:r,allowPositionals:!0,strict:!0})}catch(n){throw new u(n instanceof Error?n.message.replace(/\. To specify a positional.*$/s,""):String(n))}if(s.positionals.length>t)throw new u(`unexpected argument: ${s.positionals[t]}`);return s}function k(e,r){let t=e??r.SECURITY_MANIFEST_LANG??"en";if(!X(t))throw new u(`--lang must be en or de, not "${t}"`);return t}function j(e,r){if(e===void 0)return r;if(!z(e))throw new u(`--today must be a date like 2026-11-26, not "${e}"`);return e}m();J();async function S(e,r){let{files:t,unmatched:s}=se(e,r.cwd);if(s.length>0)throw new u(`--rules ${s.map(n=>`"${n}"`).join(", ")} matches no file`);try{return await oe(t)}catch(n){if(!(n instanceof B))throw n;r.stderr(`A rule pack could not be loaded:
${E(n.problem)}
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
2 usage error or a manifest that cannot be read.`,ae=["text","json","markdown","sarif"];async function ce(e,r){let{values:t,positionals:s}=w(e,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},"fail-on":{type:"string"},rules:{type:"string",multiple:!0},root:{type:"string"},"pr-author":{type:"string"},"changed-file":{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},1);if(t.help)return r.stdout(`${Ie}
`),p.ok;let n=t.format??"text";if(!ae.includes(n))throw new u(`--format must be one of ${ae.join(", ")}, not "${n}"`);let o=Z(t["fail-on"]??"high");if(!o)throw new u(`--fail-on must be one of ${V.join(", ")}, not "${t["fail-on"]}"`);let a=k(t.lang,r.env),c=j(t.today,r.today),i=s[0]??"security-manifest.yml",l=await S(t.rules??[],r);if(!l)return p.usage;let g=_.resolve(r.cwd,t.root??_.dirname(i)),y=await K(_.resolve(r.cwd,i),{today:c,language:a,displayName:i,ruleSet:l,evidenceExists:W(g),pullRequest:je(t["pr-author"],t["changed-file"])});if(n==="json")r.stdout(ee(y));else if(n==="markdown")r.stdout(ne(y,{language:a,cases:l.cases,limit:te}));else if(n==="sarif")r.stdout(re(y,l,a));else{let ke=r.isTty&&!r.env.NO_COLOR,F=ie(y,{language:a,color:ke,cases:l.cases});y.errors.length>0?r.stderr(F):r.stdout(F)}return y.errors.length>0?p.usage:Q(y,o)?p.gaps:p.ok}function je(e,r){if(!(e===void 0&&r===void 0))return{author:e,changedFiles:r??[]}}m();m();m();var A={1:{en:"People are the main risk: training and awareness",de:"Der Mensch ist das gr\xF6\xDFte Risiko: Schulung und Sensibilisierung"},2:{en:"Security is a top-down decision: management involvement",de:"Sicherheit ist Chefsache: Einbindung der Gesch\xE4ftsleitung"},3:{en:"Concrete for the company's profile",de:"Konkret f\xFCr das Profil des Unternehmens"},4:{en:"An own risk assessment decides what pays off",de:"Eigene Risikobewertung entscheidet, was sich lohnt"},5:{en:"A moving target: security by design, re-evaluated regularly",de:"Ein bewegliches Ziel: Security by Design, regelm\xE4\xDFig neu bewertet"},6:{en:"Learn from worst practice: real attacks on SMEs",de:"Aus Negativbeispielen lernen: reale Angriffe auf KMU"}};var N={title:{en:"Rules",de:"Regeln"},generated:{en:"Generated from the rule packs in `rules/` by `npm run docs`; edit the packs, not this page.",de:"Aus den Regelpaketen in `rules/` erzeugt mit `npm run docs`; bearbeiten Sie die Pakete, nicht diese Seite."},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},everyProject:{en:"every project",de:"jedes Projekt"},tailoring:{en:"Tailoring",de:"Anpassung"},parameters:{en:"Parameters",de:"Parameter"},references:{en:"References",de:"Referenzen"},cases:{en:"Cases",de:"F\xE4lle"},why:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},when:{en:"when",de:"wenn gilt:"},catalogue:{en:"Worst-practice cases",de:"Negativbeispiele"},entry:{en:"Typical entry",de:"Typischer Einstieg"},measures:{en:"Measures",de:"Ma\xDFnahmen"},incidents:{en:"Incidents",de:"Vorf\xE4lle"},lesson:{en:"Lesson",de:"Lehre"},source:{en:"Source",de:"Quelle"},rules:{en:"rules",de:"Regeln"}};function me(e,r){let t=n=>N[n][r],s=[`# ${t("title")}`,"",t("generated"),""];for(let n of e.packs)s.push(`- [${d(b(n.area,r))}](#${n.pack}) (${n.rules.length} ${t("rules")})`);s.push(`- [${t("catalogue")}](#cases)`,"");for(let n of e.packs){s.push(`<a id="${n.pack}"></a>`,"",`## ${d(b(n.area,r))}`,""),n.description&&s.push(d(n.description[r]),""),s.push(`| | ${t("severity")} | ${t("thesis")} | ${t("applies")} |`,"|---|---|---|---|");for(let o of n.rules)s.push(`| [${o.id}](#${o.id.toLowerCase()}) ${d(o.title[r])} | ${$(o.severity,r)} | ${o.thesis} | ${d(le(o,r))} |`);s.push("");for(let o of n.rules)s.push(...Ae(o,e,r))}s.push('<a id="cases"></a>',"",`## ${t("catalogue")}`,"");for(let n of e.cases.values()){s.push(`### ${d(n.title[r])} (\`${n.id}\`)`,"",d(n.description[r]),""),s.push(`**${t("entry")}:** ${d(n.entry[r])}`,"",`**${t("measures")}:**`,"");for(let o of n.measures)s.push(`- ${d(o[r])}`);s.push("",`**${t("references")}:** ${n.references.map(d).join(", ")}`,"",`**${t("incidents")}:**`,"");for(let o of n.incidents)s.push(`- **${d(o.name)} (${o.year})**: ${d(o.summary[r])} *${t("lesson")}:* ${d(o.lesson[r])} *${t("source")}:* ${d(o.source)}`);s.push("")}return`${s.join(`
`).trimEnd()}
`}function le(e,r){return e.applies?v(e.applies,r):N.everyProject[r]}function Ae(e,r,t){let s=a=>N[a][t],n=[`### ${e.id}`,"",`**${d(e.title[t])}**`,""];n.push(`- ${s("severity")}: ${$(e.severity,t)}`),n.push(`- ${s("thesis")}: ${e.thesis} \u2014 ${d(A[e.thesis]?.[t]??"")}`),n.push(`- ${s("applies")}: ${d(le(e,t))}`);for(let a of e.tuning??[]){let c=[a.severity?`${s("severity")} ${$(a.severity,t)}`:void 0,...Object.entries(a.params??{}).map(([i,l])=>`${i} = ${String(l)}`)].filter(Boolean);n.push(`- ${s("tailoring")}: ${d(`${c.join(", ")} ${s("when")} ${v(a.when,t)}`)}`)}let o=[...T(e.check)].map(a=>{let c=r.parameters[a],i=(c?.tuning??[]).map(l=>`${String(l.value)} ${s("when")} ${v(l.when,t)}`);return`${a} = ${String(e.params?.[a]??c?.default)}${i.length?` (${i.join("; ")})`:""}`});return o.length>0&&n.push(`- ${s("parameters")}: ${d(o.join(", "))}`),n.push(`- ${s("references")}: ${e.references.map(d).join(", ")}`),e.cases.length>0&&n.push(`- ${s("cases")}: ${e.cases.map(a=>d(r.cases.get(a)?.title[t]??a)).join(", ")}`),n.push("",`**${s("why")}:** ${d(e.description[t])}`,""),n.push(`**${s("fix")}:** ${d(e.remediation[t].replace(/\{[a-z_]+\}/gi,"\u2026"))}`,""),n}var Le=`Usage: security-manifest docs [options]

Prints the rule reference in Markdown, generated from the rule packs
(ours, plus your own with --rules), with the worst-practice catalogue.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also document your own rule packs (repeatable)
  -h, --help            show this help`;async function pe(e,r){let{values:t}=w(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},0);if(t.help)return r.stdout(`${Le}
`),p.ok;let s=await S(t.rules??[],r);return s?(r.stdout(me(s,k(t.lang,r.env))),p.ok):p.usage}m();m();var Oe={area:{en:"Area",de:"Bereich"},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},tuning:{en:"Tailoring",de:"Anpassung"},what:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},references:{en:"References",de:"Referenzen"},cases:{en:"Worst-practice cases it guards against",de:"Negativbeispiele, gegen die sie sch\xFCtzt"},source:{en:"Defined in",de:"Definiert in"},schema:{en:"A format check of manifest v1: the manifest must follow the JSON Schema (`security-manifest schema`).",de:"Eine Formatpr\xFCfung des Manifests v1: Das Manifest muss dem JSON-Schema folgen (`security-manifest schema`)."},when:{en:"when",de:"wenn gilt:"},parameter:{en:"Parameter",de:"Parameter"},everyProject:{en:"every project",de:"jedes Projekt"},severityBecomes:{en:"severity",de:"Schweregrad"}};function de(e,r,t){let s=c=>Oe[c][t];if(e.kind==="schema")return`${e.id} \xB7 ${e.title}

${s("schema")}

${s("fix")}: ${e.remediation.replace(/\{\w+\}/g,"\u2026")}
`;let{rule:n}=e,o=[`${n.id} \xB7 ${n.title[t]}`,"",`${s("area")}: ${b(n.area,t)}`,`${s("severity")}: ${$(n.severity,t)}`,`${s("thesis")}: ${n.thesis} \u2014 ${A[n.thesis]?.[t]??""}`,`${s("applies")}: ${n.applies?v(n.applies,t):s("everyProject")}`];for(let c of n.tuning??[]){let i=[c.severity?`${s("severityBecomes")} ${$(c.severity,t)}`:void 0,...Object.entries(c.params??{}).map(([l,g])=>`${l} = ${String(g)}`)].filter(Boolean);o.push(`${s("tuning")}: ${i.join(", ")} ${s("when")} ${v(c.when,t)}`)}for(let c of T(n.check)){let i=r.parameters[c],l=n.params?.[c]??i?.default,g=(i?.tuning??[]).map(y=>`${String(y.value)} ${s("when")} ${v(y.when,t)}`);o.push(`${s("parameter")}: ${c} = ${String(l)}${g.length?` (${g.join("; ")})`:""}`)}let a=n.remediation[t].replace(/\{[a-z_]+\}/gi,"\u2026");if(o.push("",`${s("what")}:`,`  ${n.description[t]}`,"",`${s("fix")}:`,`  ${a}`),o.push("",`${s("references")}: ${n.references.join(", ")}`),n.cases.length>0){o.push("",`${s("cases")}:`);for(let c of n.cases){let i=r.cases.get(c);if(!i)continue;let l=i.incidents.map(g=>`${g.name} (${g.year})`).join(", ");o.push(`  ${i.title[t]}: ${l}`)}}return o.push("",`${s("source")}: ${n.source}`),`${I(o.join(`
`))}
`}m();function ue(e,r,t){let s=r.trim().toUpperCase(),n=e.rules.find(a=>a.id===s);if(n)return{kind:"pack",rule:n};let o=Object.values(P).find(a=>a.id===s);if(o)return{kind:"schema",id:o.id,title:o.title[t],remediation:o.remediation[t]}}function fe(e){return[...Object.values(P).map(r=>r.id),...e.rules.map(r=>r.id)]}var Pe=`Usage: security-manifest explain RULE [options]

Explains a rule: what it checks and why, how to fix a gap, when it applies,
its references and the worst-practice cases it guards against.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also load your own rule packs (repeatable)
  -h, --help            show this help`;async function he(e,r){let{values:t,positionals:s}=w(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},1);if(t.help)return r.stdout(`${Pe}
`),p.ok;let n=s[0];if(!n)throw new u("name the rule to explain, e.g. `security-manifest explain TR-001`");let o=k(t.lang,r.env),a=await S(t.rules??[],r);if(!a)return p.usage;let c=ue(a,n,o);if(!c){let i=q(n.toUpperCase(),fe(a));throw new u(`unknown rule "${n}"${i?` \u2014 did you mean ${i}?`:""}`)}return r.stdout(de(c,a,o)),p.ok}m();import{existsSync as Me,writeFileSync as _e}from"node:fs";import ye from"node:path";m();O();function ge(e){let r=s=>JSON.stringify(s),t=e.size==="micro"||e.size==="small";return`# yaml-language-server: $schema=https://security-manifest-check.dev/schemas/manifest-v1.schema.json
# Security manifest: the project's security by design, in one file. Replace the example
# entries, then run \`npx security-manifest check\` to see what is still missing and why.
manifest_version: 1

project:
  name: ${r(e.project)}
  description: What the project does, in one sentence.
  lead:
    name: Project Lead
  started: ${e.today}
  phase: development          # planning | development | production

organisation:
  name: ${r(e.organisation)}
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
`}var Ne=`Usage: security-manifest init [FILE] [options]

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
  -h, --help            show this help`,$e=R.properties.organisation.properties,Ue=$e.size.enum,Fe=$e.sector.enum,ze=["none","important","essential"];function we(e,r){let{values:t,positionals:s}=w(e,{project:{type:"string"},organisation:{type:"string"},size:{type:"string"},sector:{type:"string"},nis2:{type:"string"},cra:{type:"boolean"},today:{type:"string"},stdout:{type:"boolean"},force:{type:"boolean"},help:{type:"boolean",short:"h"}},1);if(t.help)return r.stdout(`${Ne}
`),p.ok;let n=s[0]??"security-manifest.yml",o={project:t.project??ye.basename(r.cwd),organisation:t.organisation??"Our company",size:U("--size",t.size??"small",Ue),sector:U("--sector",t.sector??"other",Fe),nis2:U("--nis2",t.nis2??"none",ze),craProduct:t.cra??!1,today:j(t.today,r.today)},a=ge(o);if(t.stdout)return r.stdout(a),p.ok;let c=ye.resolve(r.cwd,n);if(Me(c)&&!t.force)throw new u(`${n} exists already; use --force to overwrite it or name another file`);return _e(c,a),r.stdout(`Wrote ${n}. Fill it in, then run: security-manifest check ${n}
`),p.ok}function U(e,r,t){if(!t.includes(r))throw new u(`${e} must be one of ${t.join(", ")}, not "${r}"`);return r}m();var De=`Usage: security-manifest schema

Prints the JSON Schema of manifest format v1 (for editors and other tools).`;function ve(e,r){let{values:t}=w(e,{help:{type:"boolean",short:"h"}},0);return r.stdout(t.help?`${De}
`:`${JSON.stringify(R,null,2)}
`),p.ok}var He=`Usage: security-manifest <command> [options]

Security-by-design checks for SME development pipelines.

Commands:
  init [FILE]     write a commented starting manifest tailored to your company
  check [FILE]    check a security manifest and print its gap list
  explain RULE    explain a rule: what, why, how to fix, references, cases
  docs            print the rule reference (Markdown) generated from the packs
  schema          print the JSON Schema of the manifest format

Run \`security-manifest <command> --help\` for a command's options.
Options: -h, --help  show this help \xB7 -v, --version  show the version`,Ye={check:ce,explain:he,docs:pe,init:we,schema:ve};async function be(e,r){let[t,...s]=e;if(t===void 0||t==="-h"||t==="--help"||t==="help")return r.stdout(`${He}
`),t===void 0?p.usage:p.ok;if(t==="-v"||t==="--version")return r.stdout(`${G.version}
`),p.ok;let n=Ye[t];try{if(!n)throw new u(`unknown command "${t}"`);return await n(s,r)}catch(o){if(o instanceof u)return r.stderr(`security-manifest: ${o.message}
Run \`security-manifest ${n?`${t} `:""}--help\` for usage.
`),p.usage;throw o}}be(process.argv.slice(2),{stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTty:!!process.stdout.isTTY,env:process.env,cwd:process.cwd(),today:D()}).then(e=>{process.exitCode=e},e=>{process.stderr.write(`security-manifest: internal error: ${e instanceof Error?e.message:String(e)}
Please report this with the command you ran.
`),process.exitCode=2});
