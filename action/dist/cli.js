import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{$ as we,E as O,F as se,G as re,H as Y,I as oe,J as ie,K as ae,L as ce,M as pe,N as me,O as le,P as de,Q as ue,R as fe,S as R,T as w,U as he,V as j,W as d,Y as ge,Z as ye,_ as $e,a as J,aa as be,b as X,c as U,d as F,f as K,g as V,k as Z,m as Q,n as I,o as L,p as D,q as ee,r as te,s as ne,t as z,u as A,v as k,w as T,x as P,y as Be,z as H}from"./chunk-JDQT7G4A.js";import"./chunk-R7L6HCGH.js";import"./chunk-FX7HETZZ.js";import{g as m}from"./chunk-C36APV7C.js";m();F();m();m();var f=class extends Error{name="UsageError"},l={ok:0,gaps:1,usage:2};m();import S from"node:path";D();m();D();Be();var qe={critical:"\x1B[35m",high:"\x1B[31m",medium:"\x1B[33m",low:"\x1B[36m",dim:"\x1B[2m",bold:"\x1B[1m",ok:"\x1B[32m"},Ge="\x1B[0m",h={changes:{en:"This PR changes security decisions",de:"Dieser PR \xE4ndert Sicherheitsentscheidungen"},base:{en:"base",de:"Basis"},noLonger:{en:"No longer checked because of this PR (not fixed):",de:"Wegen dieses PRs nicht mehr gepr\xFCft (nicht behoben):"},gaps:{en:e=>e===1?"1 gap":`${e} gaps`,de:e=>e===1?"1 L\xFCcke":`${e} L\xFCcken`},evaluated:{en:"evaluated",de:"bewertet am"},noGaps:{en:"No gaps found. The manifest meets every rule that applies.",de:"Keine L\xFCcken gefunden. Das Manifest erf\xFCllt alle zutreffenden Regeln."},fix:{en:"fix",de:"Abhilfe"},why:{en:"why",de:"warum"},waived:{en:"Waived (accepted by management, not counted)",de:"Ausgenommen (vom Management genehmigt, nicht gez\xE4hlt)"},cases:{en:"leaves open",de:"l\xE4sst offen"},unreadable:{en:"The manifest could not be read:",de:"Das Manifest konnte nicht gelesen werden:"},matrix:{en:"Risk matrix (BSI 200-3): threats by impact and likelihood",de:"Risikomatrix (BSI 200-3): Bedrohungen nach Auswirkung und H\xE4ufigkeit"},economics:{en:"Risk economics: expected annual loss vs. yearly cost of the measures",de:"Wirtschaftlichkeit: erwarteter Jahresschaden vs. j\xE4hrliche Kosten der Ma\xDFnahmen"},loss:{en:"expected loss",de:"erwarteter Schaden"},cost:{en:"measures",de:"Ma\xDFnahmen"},perYear:{en:"/year",de:"/Jahr"},paysOff:{en:"pays off",de:"lohnt sich"},doesNotPay:{en:"costs more than it saves",de:"kostet mehr, als sie einspart"},noCost:{en:"no measure cost given",de:"keine Ma\xDFnahmenkosten angegeben"}};function ve(e,s){e=Xe(e);let{language:t}=s,r=(p,$)=>s.color?`${qe[p]}${$}${Ge}`:$,n=[];if(e.errors.length>0){n.push(r("bold",h.unreadable[t]));for(let p of e.errors)n.push(L(p));return`${n.join(`
`)}
`}let o=K.filter(p=>e.summary.by_severity[p]>0).reverse().map(p=>`${e.summary.by_severity[p]} ${w(p,t)}`);if(n.push(`${r("bold",e.manifest)}: ${h.gaps[t](e.summary.total)}${o.length?` (${o.join(", ")})`:""} \xB7 ${h.evaluated[t]} ${e.evaluated_at}`),e.din_spec_27076){n.push(de(e.din_spec_27076,t));let p=ue(e.din_spec_27076);p.length>0&&n.push(r("dim",`  ${fe[t]}: ${p.join(" \xB7 ")}`))}let i=he(e.truncated,t);i&&n.push(r("dim",i));let c=e.changes??[];if(c.length>0){n.push("",r("bold",`${h.changes[t]} (${c.length})`));for(let p of c){let $=me(p.approval,t),v=`${p.side==="base"?`${h.base[t]} `:""}${p.line}:${p.column}`;n.push(`  ${r("dim",v.padEnd(12))} ${p.message}`),$&&n.push(`${" ".repeat(15)}${r("dim",$)}`)}}let a=e.findings.filter(p=>p.status!=="waived");a.length===0&&n.push("",r("ok",h.noGaps[t]));for(let p of V){let $=a.filter(v=>v.area===p);if($.length!==0){n.push("",r("bold",`${R(p,t)} (${$.length})`));for(let v of $)n.push(...Je(v,s,r))}}let u=e.no_longer_checked??[];if(u.length>0){n.push("",r("dim",h.noLonger[t]));for(let p of u)n.push(r("dim",`  ${p.rule}  ${p.message} \u2014 ${p.because??""}`))}let g=e.findings.filter(p=>p.status==="waived");if(g.length>0){n.push("",r("dim",h.waived[t]));for(let p of g)n.push(r("dim",`  ${p.rule}  ${e.manifest}:${p.line}  ${p.message}`))}return n.push(...We(e,s,r)),`${n.join(`
`)}
`}function We(e,s,t){let{language:r}=s;if(!e.risk)return[];let n=[];if(P.some(i=>T.some(c=>(e.risk?.heatmap[i][c].length??0)>0))){n.push("",t("bold",h.matrix[r]));let i=P.flatMap(a=>T.map(u=>(e.risk?.heatmap[a][u]??[]).join(","))),c=Math.max(14,...i.map(a=>a.length+2));n.push(`  ${"".padEnd(c)}${T.map(a=>a.padEnd(c)).join("")}`);for(let a of[...P].reverse()){let u=T.map(g=>(e.risk?.heatmap[a][g]??[]).join(",").padEnd(c));n.push(`  ${a.padEnd(c)}${u.join("")}`.trimEnd())}}if(e.risk.economics.length>0){n.push("",t("bold",h.economics[r]));for(let i of e.risk.economics){let c=i.paysOff===void 0?h.noCost[r]:i.paysOff?h.paysOff[r]:h.doesNotPay[r],a=i.measuresCostPerYear===void 0?"\u2013":`${H(i.measuresCostPerYear)}${h.perYear[r]}`;n.push(`  ${i.threat.padEnd(8)} ${h.loss[r]} ${H(i.expectedAnnualLoss)}${h.perYear[r]} \xB7 ${h.cost[r]} ${a} \xB7 ${c}`)}}return n}function Je(e,s,t){let{language:r}=s,n=w(e.severity,r).padEnd(8),o=[`  ${t(e.severity,n)} ${t("dim",`${e.line}:${e.column}`.padEnd(7))} ${e.message}  ${t("dim",e.rule)}`],i=" ".repeat(19);if(e.pending&&o.push(`${i}${t("bold",le(e.pending.waiting_for,e.pending.state,r))}`),e.applies_because&&o.push(`${i}${t("dim",`${h.why[r]}: ${e.applies_because}`)}`),e.remediation&&o.push(`${i}${h.fix[r]}: ${e.remediation}`),e.cases.length>0){let c=e.cases.map(a=>j(s.cases?.get(a)?.title[r]??a));o.push(`${i}${t("dim",`${h.cases[r]}: ${c.join(", ")}`)}`)}return o}function Xe(e){return B(e)}function B(e){return typeof e=="string"?j(e):Array.isArray(e)?e.map(B):e!==null&&typeof e=="object"?Object.fromEntries(Object.entries(e).map(([s,t])=>[s,B(t)])):e}m();import{parseArgs as Ke}from"node:util";F();function b(e,s,t){let r;try{r=Ke({args:e,options:s,allowPositionals:!0,strict:!0})}catch(n){throw new f(n instanceof Error?n.message.replace(/\. To specify a positional.*$/s,""):String(n))}if(r.positionals.length>t)throw new f(`unexpected argument: ${r.positionals[t]}`);return r}function E(e,s){let t=e??s.SECURITY_MANIFEST_LANG??"en";if(!te(t))throw new f(`--lang must be en or de, not "${t}"`);return t}function _(e,s){if(e===void 0)return s;if(!J(e))throw new f(`--today must be a date like 2026-11-26, not "${e}"`);return e}m();D();async function C(e,s){let{files:t,unmatched:r}=await we(e,s.cwd);if(r.length>0)throw new f(`--rules ${r.map(n=>`"${n}"`).join(", ")} matches no file`);try{return await be(t,{cwd:s.cwd})}catch(n){if(!(n instanceof I))throw n;s.stderr(`A rule pack could not be loaded:
${L(n.problem)}
`);return}}var Ve=`Usage: security-manifest check [FILE] [options]

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
  --base <file>         check as a pull request against this base version of the manifest:
                        the base decides who is management, decisions the change adds wait
                        for approval, and the changes of decisions and bars are listed
  --approved-by <login> with --base: this login approved the pull request (repeatable)
  --decisions <mode>    with --base: require-approval | report-only (default: require-approval)
  -h, --help            show this help

Exit status: 0 no gaps at or above --fail-on, 1 gaps at or above it,
2 usage error or a manifest that cannot be read.`,ke=["text","json","markdown","sarif"];async function Re(e,s){let{values:t,positionals:r}=b(e,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},"fail-on":{type:"string"},rules:{type:"string",multiple:!0},root:{type:"string"},"pr-author":{type:"string"},"changed-file":{type:"string",multiple:!0},base:{type:"string"},"approved-by":{type:"string",multiple:!0},decisions:{type:"string"},help:{type:"boolean",short:"h"}},1);if(t.help)return s.stdout(`${Ve}
`),l.ok;let n=t.format??"text";if(!ke.includes(n))throw new f(`--format must be one of ${ke.join(", ")}, not "${n}"`);let o=ae(t["fail-on"]??"high");if(!o)throw new f(`--fail-on must be one of ${ie.join(", ")}, not "${t["fail-on"]}"`);let i=E(t.lang,s.env),c=_(t.today,s.today),a=r[0]??"security-manifest.yml",u=await C(t.rules??[],s);if(!u)return l.usage;let g=t.decisions??"require-approval";if(!Y.includes(g))throw new f(`--decisions must be one of ${Y.join(", ")}, not "${g}"`);let p=S.resolve(s.cwd,t.root??S.dirname(a)),$=S.relative(p,S.resolve(s.cwd,a)).split(S.sep).join("/"),v={today:c,language:i,displayName:a,ruleSet:u,evidenceExists:Q(p)},x=t.base===void 0?await se(S.resolve(s.cwd,a),{...v,pullRequest:Se(t["pr-author"],t["changed-file"],$)}):await Ze(a,t.base,s,{...v,pullRequest:{...Se(t["pr-author"],t["changed-file"],$)??{changedFiles:[]},approvedBy:t["approved-by"]??[]}},g);if(n==="json")s.stdout(pe(x));else if(n==="markdown")s.stdout(ye(x,{language:i,cases:u.cases,limit:ge}));else if(n==="sarif")s.stdout($e(x,u,i));else{let Ye=s.isTty&&!s.env.NO_COLOR,W=ve(x,{language:i,color:Ye,cases:u.cases});x.errors.length>0?s.stderr(W):s.stdout(W)}return x.errors.length>0?l.usage:ce(x,o)?l.gaps:l.ok}function Se(e,s,t){if(!(e===void 0&&s===void 0))return{author:e,changedFiles:s??[],checkFiles:[t]}}async function Ze(e,s,t,r,n){let o=await xe(S.resolve(t.cwd,e));if(typeof o!="string")return re(o,e,r);let i=await xe(S.resolve(t.cwd,s));if(typeof i!="string")throw new f(`--base ${s}: ${i.problem.message}`);return oe({head:{file:e,text:o},base:{kind:"found",text:i},options:r,decisions:n})}async function xe(e){try{return await ee(e,"manifest")}catch(s){if(s instanceof I)return s;throw s}}m();m();m();var M={1:{en:"People are the main risk: training and awareness",de:"Der Mensch ist das gr\xF6\xDFte Risiko: Schulung und Sensibilisierung"},2:{en:"Security is a top-down decision: management involvement",de:"Sicherheit ist Chefsache: Einbindung der Gesch\xE4ftsleitung"},3:{en:"Concrete for the company's profile",de:"Konkret f\xFCr das Profil des Unternehmens"},4:{en:"An own risk assessment decides what pays off",de:"Eigene Risikobewertung entscheidet, was sich lohnt"},5:{en:"A moving target: security by design, re-evaluated regularly",de:"Ein bewegliches Ziel: Security by Design, regelm\xE4\xDFig neu bewertet"},6:{en:"Learn from worst practice: real attacks on SMEs",de:"Aus Negativbeispielen lernen: reale Angriffe auf KMU"}};var q={title:{en:"Rules",de:"Regeln"},generated:{en:"Generated from the rule packs in `rules/` by `npm run docs`; edit the packs, not this page.",de:"Aus den Regelpaketen in `rules/` erzeugt mit `npm run docs`; bearbeiten Sie die Pakete, nicht diese Seite."},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},everyProject:{en:"every project",de:"jedes Projekt"},tailoring:{en:"Tailoring",de:"Anpassung"},parameters:{en:"Parameters",de:"Parameter"},references:{en:"References",de:"Referenzen"},cases:{en:"Cases",de:"F\xE4lle"},why:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},when:{en:"when",de:"wenn gilt:"},catalogue:{en:"Worst-practice cases",de:"Negativbeispiele"},entry:{en:"Typical entry",de:"Typischer Einstieg"},measures:{en:"Measures",de:"Ma\xDFnahmen"},incidents:{en:"Incidents",de:"Vorf\xE4lle"},lesson:{en:"Lesson",de:"Lehre"},source:{en:"Source",de:"Quelle"},rules:{en:"rules",de:"Regeln"}};function Ee(e,s){let t=n=>q[n][s],r=[`# ${t("title")}`,"",t("generated"),""];for(let n of e.packs)r.push(`- [${d(R(n.area,s))}](#${n.pack}) (${n.rules.length} ${t("rules")})`);r.push(`- [${t("catalogue")}](#cases)`,"");for(let n of e.packs){r.push(`<a id="${n.pack}"></a>`,"",`## ${d(R(n.area,s))}`,""),n.description&&r.push(d(n.description[s]),""),r.push(`| | ${t("severity")} | ${t("thesis")} | ${t("applies")} |`,"|---|---|---|---|");for(let o of n.rules)r.push(`| [${o.id}](#${o.id.toLowerCase()}) ${d(o.title[s])} | ${w(o.severity,s)} | ${o.thesis} | ${d(Ce(o,s))} |`);r.push("");for(let o of n.rules)r.push(...Qe(o,e,s))}r.push('<a id="cases"></a>',"",`## ${t("catalogue")}`,"");for(let n of e.cases.values()){r.push(`### ${d(n.title[s])} (\`${n.id}\`)`,"",d(n.description[s]),""),r.push(`**${t("entry")}:** ${d(n.entry[s])}`,"",`**${t("measures")}:**`,"");for(let o of n.measures)r.push(`- ${d(o[s])}`);r.push("",`**${t("references")}:** ${n.references.map(d).join(", ")}`,"",`**${t("incidents")}:**`,"");for(let o of n.incidents)r.push(`- **${d(o.name)} (${o.year})**: ${d(o.summary[s])} *${t("lesson")}:* ${d(o.lesson[s])} *${t("source")}:* ${d(o.source)}`);r.push("")}return`${r.join(`
`).trimEnd()}
`}function Ce(e,s){return e.applies?k(e.applies,s):q.everyProject[s]}function Qe(e,s,t){let r=i=>q[i][t],n=[`### ${e.id}`,"",`**${d(e.title[t])}**`,""];n.push(`- ${r("severity")}: ${w(e.severity,t)}`),n.push(`- ${r("thesis")}: ${e.thesis} \u2014 ${d(M[e.thesis]?.[t]??"")}`),n.push(`- ${r("applies")}: ${d(Ce(e,t))}`);for(let i of e.tuning??[]){let c=[i.severity?`${r("severity")} ${w(i.severity,t)}`:void 0,...Object.entries(i.params??{}).map(([a,u])=>`${a} = ${String(u)}`)].filter(Boolean);n.push(`- ${r("tailoring")}: ${d(`${c.join(", ")} ${r("when")} ${k(i.when,t)}`)}`)}let o=[...O(e.check)].map(i=>{let c=s.parameters[i],a=(c?.tuning??[]).map(u=>`${String(u.value)} ${r("when")} ${k(u.when,t)}`);return`${i} = ${String(e.params?.[i]??c?.default)}${a.length?` (${a.join("; ")})`:""}`});return o.length>0&&n.push(`- ${r("parameters")}: ${d(o.join(", "))}`),n.push(`- ${r("references")}: ${e.references.map(d).join(", ")}`),e.cases.length>0&&n.push(`- ${r("cases")}: ${e.cases.map(i=>d(s.cases.get(i)?.title[t]??i)).join(", ")}`),n.push("",`**${r("why")}:** ${d(e.description[t])}`,""),n.push(`**${r("fix")}:** ${d(e.remediation[t].replace(/\{[a-z_]+\}/gi,"\u2026"))}`,""),n}var et=`Usage: security-manifest docs [options]

Prints the rule reference in Markdown, generated from the rule packs
(ours, plus your own with --rules), with the worst-practice catalogue.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also document your own rule packs (repeatable)
  -h, --help            show this help`;async function Te(e,s){let{values:t}=b(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},0);if(t.help)return s.stdout(`${et}
`),l.ok;let r=await C(t.rules??[],s);return r?(s.stdout(Ee(r,E(t.lang,s.env))),l.ok):l.usage}m();m();var tt={area:{en:"Area",de:"Bereich"},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},tuning:{en:"Tailoring",de:"Anpassung"},what:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},references:{en:"References",de:"Referenzen"},cases:{en:"Worst-practice cases it guards against",de:"Negativbeispiele, gegen die sie sch\xFCtzt"},source:{en:"Defined in",de:"Definiert in"},schema:{en:"A format check of manifest v1: the manifest must follow the JSON Schema (`security-manifest schema`).",de:"Eine Formatpr\xFCfung des Manifests v1: Das Manifest muss dem JSON-Schema folgen (`security-manifest schema`)."},when:{en:"when",de:"wenn gilt:"},parameter:{en:"Parameter",de:"Parameter"},everyProject:{en:"every project",de:"jedes Projekt"},severityBecomes:{en:"severity",de:"Schweregrad"}};function Ie(e,s,t){let r=c=>tt[c][t];if(e.kind==="schema")return je([`${e.id} \xB7 ${e.title}`,"",r("schema"),"",`${r("fix")}: ${e.remediation.replace(/\{\w+\}/g,"\u2026")}`]);let{rule:n}=e,o=[`${n.id} \xB7 ${n.title[t]}`,"",`${r("area")}: ${R(n.area,t)}`,`${r("severity")}: ${w(n.severity,t)}`,`${r("thesis")}: ${n.thesis} \u2014 ${M[n.thesis]?.[t]??""}`,`${r("applies")}: ${n.applies?k(n.applies,t):r("everyProject")}`];for(let c of n.tuning??[]){let a=[c.severity?`${r("severityBecomes")} ${w(c.severity,t)}`:void 0,...Object.entries(c.params??{}).map(([u,g])=>`${u} = ${String(g)}`)].filter(Boolean);o.push(`${r("tuning")}: ${a.join(", ")} ${r("when")} ${k(c.when,t)}`)}for(let c of O(n.check)){let a=s.parameters[c],u=n.params?.[c]??a?.default,g=(a?.tuning??[]).map(p=>`${String(p.value)} ${r("when")} ${k(p.when,t)}`);o.push(`${r("parameter")}: ${c} = ${String(u)}${g.length?` (${g.join("; ")})`:""}`)}let i=n.remediation[t].replace(/\{[a-z_]+\}/gi,"\u2026");if(o.push("",`${r("what")}:`,`  ${n.description[t]}`,"",`${r("fix")}:`,`  ${i}`),o.push("",`${r("references")}: ${n.references.join(", ")}`),n.cases.length>0){o.push("",`${r("cases")}:`);for(let c of n.cases){let a=s.cases.get(c);if(!a)continue;let u=a.incidents.map(g=>`${g.name} (${g.year})`).join(", ");o.push(`  ${a.title[t]}: ${u}`)}}return o.push("",`${r("source")}: ${n.source}`),je(o)}function je(e){return`${e.map(j).join(`
`)}
`}m();function Le(e,s,t){let r=s.trim().toUpperCase(),n=e.rules.find(i=>i.id===r);if(n)return{kind:"pack",rule:n};let o=Object.values(z).find(i=>i.id===r);if(o)return{kind:"schema",id:o.id,title:o.title[t],remediation:o.remediation[t]}}function Ae(e){return[...Object.values(z).map(s=>s.id),...e.rules.map(s=>s.id)]}var nt=`Usage: security-manifest explain RULE [options]

Explains a rule: what it checks and why, how to fix a gap, when it applies,
its references and the worst-practice cases it guards against.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also load your own rule packs (repeatable)
  -h, --help            show this help`;async function Pe(e,s){let{values:t,positionals:r}=b(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},1);if(t.help)return s.stdout(`${nt}
`),l.ok;let n=r[0];if(!n)throw new f("name the rule to explain, e.g. `security-manifest explain TR-001`");let o=E(t.lang,s.env),i=await C(t.rules??[],s);if(!i)return l.usage;let c=Le(i,n,o);if(!c){let a=ne(n.toUpperCase(),Ae(i));throw new f(`unknown rule "${n}"${a?` \u2014 did you mean ${a}?`:""}`)}return s.stdout(Ie(c,i,o)),l.ok}m();import{existsSync as ot,writeFileSync as it}from"node:fs";import Ne from"node:path";m();F();function Oe(e){let s=r=>JSON.stringify(r),t=e.size==="micro"||e.size==="small";return`# yaml-language-server: $schema=${e.schema.replace(/[\r\n]/g,"")}
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
    # github: login           # waivers and risk acceptances a PR adds take effect once this login approves the PR
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
  security_updates_until: ${U(e.today,5)}
`:""}
evaluation:
  next_due: ${U(e.today,1)}

waivers: []                   # rule, scope, approved_by (management), reason, expires
`}m();import G from"node:path";import{fileURLToPath as st}from"node:url";var _e="https://raw.githubusercontent.com/security-manifest-check/security-manifest-check/v1/schema/manifest-v1.schema.json";function rt(){return st(new URL("../../schema/manifest-v1.schema.json",import.meta.url))}function Me(e){return G.relative(G.dirname(e),rt()).split(G.sep).join("/")}var at=`Usage: security-manifest init [FILE] [options]

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
  --schema <where>      url: the editor loads the schema of the v1 release (default);
                        local: a relative path to this installation's schema (offline)
  --stdout              print instead of writing a file
  --force               overwrite an existing file
  -h, --help            show this help`,Ue=A.properties.organisation.properties,ct=Ue.size.enum,pt=Ue.sector.enum,mt=["none","important","essential"];function Fe(e,s){let{values:t,positionals:r}=b(e,{project:{type:"string"},organisation:{type:"string"},size:{type:"string"},sector:{type:"string"},nis2:{type:"string"},cra:{type:"boolean"},today:{type:"string"},schema:{type:"string"},stdout:{type:"boolean"},force:{type:"boolean"},help:{type:"boolean",short:"h"}},1);if(t.help)return s.stdout(`${at}
`),l.ok;let n=r[0]??"security-manifest.yml",o=Ne.resolve(s.cwd,n),i=N("--schema",t.schema??"url",["url","local"]),c={project:t.project??Ne.basename(s.cwd),organisation:t.organisation??"Our company",size:N("--size",t.size??"small",ct),sector:N("--sector",t.sector??"other",pt),nis2:N("--nis2",t.nis2??"none",mt),craProduct:t.cra??!1,today:_(t.today,s.today),schema:i==="local"?Me(o):_e},a=Oe(c);if(t.stdout)return s.stdout(a),l.ok;if(ot(o)&&!t.force)throw new f(`${n} exists already; use --force to overwrite it or name another file`);return it(o,a),s.stdout(`Wrote ${n}. Fill it in, then run: security-manifest check ${n}
`),l.ok}function N(e,s,t){if(!t.includes(s))throw new f(`${e} must be one of ${t.join(", ")}, not "${s}"`);return s}m();var lt=`Usage: security-manifest schema

Prints the JSON Schema of manifest format v1 (for editors and other tools).`;function De(e,s){let{values:t}=b(e,{help:{type:"boolean",short:"h"}},0);return s.stdout(t.help?`${lt}
`:`${JSON.stringify(A,null,2)}
`),l.ok}var dt=`Usage: security-manifest <command> [options]

Security-by-design checks for SME development pipelines.

Commands:
  init [FILE]     write a commented starting manifest tailored to your company
  check [FILE]    check a security manifest and print its gap list
  explain RULE    explain a rule: what, why, how to fix, references, cases
  docs            print the rule reference (Markdown) generated from the packs
  schema          print the JSON Schema of the manifest format

Run \`security-manifest <command> --help\` for a command's options.
Options: -h, --help  show this help \xB7 -v, --version  show the version`,ze={check:Re,explain:Pe,docs:Te,init:Fe,schema:De};async function He(e,s){let[t,...r]=e;if(t===void 0||t==="-h"||t==="--help"||t==="help")return s.stdout(`${dt}
`),t===void 0?l.usage:l.ok;if(t==="-v"||t==="--version")return s.stdout(`${Z.version}
`),l.ok;let n=Object.hasOwn(ze,t)?ze[t]:void 0;try{if(!n)throw new f(`unknown command "${t}"`);return await n(r,s)}catch(o){if(o instanceof f)return s.stderr(`security-manifest: ${o.message}
Run \`security-manifest ${n?`${t} `:""}--help\` for usage.
`),l.usage;throw o}}process.stdout.on("error",e=>{throw e.code==="EPIPE"&&process.exit(process.exitCode??0),e});He(process.argv.slice(2),{stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTty:!!process.stdout.isTTY,env:process.env,cwd:process.cwd(),today:X()}).then(e=>{process.exitCode=e},e=>{process.stderr.write(`security-manifest: internal error: ${e instanceof Error?e.message:String(e)}
Please report this with the command you ran.
`),process.exitCode=2});
