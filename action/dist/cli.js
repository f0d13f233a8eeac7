import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{C as O,D as v,E as M,F as re,G as oe,H as B,I as ie,J as ae,K as ce,L as pe,M as me,N as le,O as de,P as x,Q as $,R as ue,S as j,T as u,V as fe,W as he,X as ge,Y as ye,Z as $e,a as X,b as K,c as F,d as D,f as V,i as Z,j as Q,l as ee,m as L,n as P,o as z,p as te,q as ne,r as se,s as H,t as A,u as C,v as T,w as He,x as Y}from"./chunk-WNQJGBRB.js";import"./chunk-7VI5HPEN.js";import"./chunk-TY6ZVQRU.js";import{g as m}from"./chunk-ZIFI6XMW.js";m();D();m();m();var f=class extends Error{name="UsageError"},d={ok:0,gaps:1,usage:2};m();import k from"node:path";z();m();z();He();var Ye={critical:"\x1B[35m",high:"\x1B[31m",medium:"\x1B[33m",low:"\x1B[36m",dim:"\x1B[2m",bold:"\x1B[1m",ok:"\x1B[32m"},Be="\x1B[0m",h={changes:{en:"This PR changes security decisions",de:"Dieser PR \xE4ndert Sicherheitsentscheidungen"},base:{en:"base",de:"Basis"},noLonger:{en:"No longer checked because of this PR (not fixed):",de:"Wegen dieses PRs nicht mehr gepr\xFCft (nicht behoben):"},gaps:{en:e=>e===1?"1 gap":`${e} gaps`,de:e=>e===1?"1 L\xFCcke":`${e} L\xFCcken`},evaluated:{en:"evaluated",de:"bewertet am"},noGaps:{en:"No gaps found. The manifest meets every rule that applies.",de:"Keine L\xFCcken gefunden. Das Manifest erf\xFCllt alle zutreffenden Regeln."},fix:{en:"fix",de:"Abhilfe"},why:{en:"why",de:"warum"},supersedes:{en:"same cause as",de:"gleiche Ursache wie"},waived:{en:"Waived (accepted by management, not counted)",de:"Ausgenommen (vom Management genehmigt, nicht gez\xE4hlt)"},cases:{en:"leaves open",de:"l\xE4sst offen"},unreadable:{en:"The manifest could not be read:",de:"Das Manifest konnte nicht gelesen werden:"},matrix:{en:"Risk matrix (BSI 200-3): threats by impact and likelihood",de:"Risikomatrix (BSI 200-3): Bedrohungen nach Auswirkung und H\xE4ufigkeit"},economics:{en:"Risk economics: expected annual loss vs. yearly cost of the measures",de:"Wirtschaftlichkeit: erwarteter Jahresschaden vs. j\xE4hrliche Kosten der Ma\xDFnahmen"},loss:{en:"expected loss",de:"erwarteter Schaden"},cost:{en:"measures",de:"Ma\xDFnahmen"},perYear:{en:"/year",de:"/Jahr"},paysOff:{en:"pays off",de:"lohnt sich"},doesNotPay:{en:"costs more than it saves",de:"kostet mehr, als sie einspart"},noCost:{en:"no measure cost given",de:"keine Ma\xDFnahmenkosten angegeben"}};function we(e,r){e=Ge(e);let{language:t}=r,n=(p,b)=>r.color?`${Ye[p]}${b}${Be}`:b,s=[];if(e.errors.length>0){s.push(n("bold",h.unreadable[t]));for(let p of e.errors)s.push(P(p));return`${s.join(`
`)}
`}let o=V.filter(p=>e.summary.by_severity[p]>0).reverse().map(p=>`${e.summary.by_severity[p]} ${$(p,t)}`);s.push(`${n("bold",e.manifest)}: ${h.gaps[t](e.summary.total)}${o.length?` (${o.join(", ")})`:""} \xB7 ${h.evaluated[t]} ${e.evaluated_at}`);let i=ue(e.truncated,t);i&&s.push(n("dim",i));let a=e.changes??[];if(a.length>0){s.push("",n("bold",`${h.changes[t]} (${a.length})`));for(let p of a){let b=le(p.approval,t),I=`${p.side==="base"?`${h.base[t]} `:""}${p.line}:${p.column}`;s.push(`  ${n("dim",I.padEnd(12))} ${p.message}`),b&&s.push(`${" ".repeat(15)}${n("dim",b)}`)}}let c=e.findings.filter(p=>p.status!=="waived").sort(Z);c.length===0?s.push("",n("ok",h.noGaps[t])):s.push("");for(let p of c)s.push(...qe(p,r,n));let l=e.no_longer_checked??[];if(l.length>0){s.push("",n("dim",h.noLonger[t]));for(let p of l)s.push(n("dim",`  ${p.rule}  ${p.message} \u2014 ${p.because??""}`))}let g=e.findings.filter(p=>p.status==="waived");if(g.length>0){s.push("",n("dim",h.waived[t]));for(let p of g)s.push(n("dim",`  ${p.rule}  ${e.manifest}:${p.line}  ${p.message}`))}return s.push(...We(e,r,n)),`${s.join(`
`)}
`}function We(e,r,t){let{language:n}=r;if(!e.risk)return[];let s=[];if(T.some(i=>C.some(a=>(e.risk?.heatmap[i][a].length??0)>0))){s.push("",t("bold",h.matrix[n]));let i=T.flatMap(l=>C.map(g=>(e.risk?.heatmap[l][g]??[]).join(","))),a=Math.max(14,...i.map(l=>l.length+2)),c=Math.max(a,...T.map(l=>O("impact",l,n).length+2));s.push(`  ${"".padEnd(c)}${C.map(l=>O("likelihood",l,n).padEnd(a)).join("")}`);for(let l of[...T].reverse()){let g=C.map(p=>(e.risk?.heatmap[l][p]??[]).join(",").padEnd(a));s.push(`  ${O("impact",l,n).padEnd(c)}${g.join("")}`.trimEnd())}}if(e.risk.economics.length>0){s.push("",t("bold",h.economics[n]));for(let i of e.risk.economics){let a=i.paysOff===void 0?h.noCost[n]:i.paysOff?h.paysOff[n]:h.doesNotPay[n],c=i.measuresCostPerYear===void 0?"\u2013":`${Y(i.measuresCostPerYear,n)}${h.perYear[n]}`;s.push(`  ${i.threat.padEnd(8)} ${h.loss[n]} ${Y(i.expectedAnnualLoss,n)}${h.perYear[n]} \xB7 ${h.cost[n]} ${c} \xB7 ${a}`)}}return s}function qe(e,r,t){let{language:n}=r,s=$(e.severity,n).padEnd(8),o=[`  ${t(e.severity,s)} ${t("dim",`${e.line}:${e.column}`.padEnd(7))} ${e.message}  ${t("dim",`${e.rule} \xB7 ${x(e.area,n)}`)}`],i=" ".repeat(19);if(e.pending&&o.push(`${i}${t("bold",de(e.pending.waiting_for,e.pending.state,n))}`),e.applies_because&&o.push(`${i}${t("dim",`${h.why[n]}: ${e.applies_because}`)}`),e.supersedes?.length&&o.push(`${i}${t("dim",`${h.supersedes[n]}: ${e.supersedes.join(", ")}`)}`),e.remediation&&o.push(`${i}${h.fix[n]}: ${e.remediation}`),e.cases.length>0){let a=e.cases.map(c=>j(r.cases?.get(c)?.title[n]??c));o.push(`${i}${t("dim",`${h.cases[n]}: ${a.join(", ")}`)}`)}return o}function Ge(e){return W(e)}function W(e){return typeof e=="string"?j(e):Array.isArray(e)?e.map(W):e!==null&&typeof e=="object"?Object.fromEntries(Object.entries(e).map(([r,t])=>[r,W(t)])):e}m();import{parseArgs as Je}from"node:util";D();function w(e,r,t){let n;try{n=Je({args:e,options:r,allowPositionals:!0,strict:!0})}catch(s){throw new f(s instanceof Error?s.message.replace(/\. To specify a positional.*$/s,""):String(s))}if(n.positionals.length>t)throw new f(`unexpected argument: ${n.positionals[t]}`);return n}function R(e,r){let t=e??r.SECURITY_MANIFEST_LANG??"en";if(!ne(t))throw new f(`--lang must be en or de, not "${t}"`);return t}function _(e,r){if(e===void 0)return r;if(!X(e))throw new f(`--today must be a date like 2026-11-26, not "${e}"`);return e}m();z();async function E(e,r){let{files:t,unmatched:n}=await ye(e,r.cwd);if(n.length>0)throw new f(`--rules ${n.map(s=>`"${s}"`).join(", ")} matches no file`);try{return await $e(t,{cwd:r.cwd})}catch(s){if(!(s instanceof L))throw s;r.stderr(`A rule pack could not be loaded:
${P(s.problem)}
`);return}}var Xe=`Usage: security-manifest check [FILE] [options]

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
2 usage error or a manifest that cannot be read.`,be=["text","json","markdown","sarif"];async function Se(e,r){let{values:t,positionals:n}=w(e,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},"fail-on":{type:"string"},rules:{type:"string",multiple:!0},root:{type:"string"},"pr-author":{type:"string"},"changed-file":{type:"string",multiple:!0},base:{type:"string"},"approved-by":{type:"string",multiple:!0},decisions:{type:"string"},help:{type:"boolean",short:"h"}},1);if(t.help)return r.stdout(`${Xe}
`),d.ok;let s=t.format??"text";if(!be.includes(s))throw new f(`--format must be one of ${be.join(", ")}, not "${s}"`);let o=ce(t["fail-on"]??"high");if(!o)throw new f(`--fail-on must be one of ${ae.join(", ")}, not "${t["fail-on"]}"`);let i=R(t.lang,r.env),a=_(t.today,r.today),c=n[0]??"security-manifest.yml",l=await E(t.rules??[],r);if(!l)return d.usage;let g=t.decisions??"require-approval";if(!B.includes(g))throw new f(`--decisions must be one of ${B.join(", ")}, not "${g}"`);let p=k.resolve(r.cwd,t.root??k.dirname(c)),b=k.relative(p,k.resolve(r.cwd,c)).split(k.sep).join("/"),I={today:a,language:i,displayName:c,ruleSet:l,evidenceExists:ee(p)},S=t.base===void 0?await re(k.resolve(r.cwd,c),{...I,pullRequest:ve(t["pr-author"],t["changed-file"],b)}):await Ke(c,t.base,r,{...I,pullRequest:{...ve(t["pr-author"],t["changed-file"],b)??{changedFiles:[]},approvedBy:t["approved-by"]??[]}},g);if(s==="json")r.stdout(me(S));else if(s==="markdown")r.stdout(he(S,{language:i,cases:l.cases,limit:fe}));else if(s==="sarif")r.stdout(ge(S,l,i));else{let ze=r.isTty&&!r.env.NO_COLOR,J=we(S,{language:i,color:ze,cases:l.cases});S.errors.length>0?r.stderr(J):r.stdout(J)}return S.errors.length>0?d.usage:pe(S,o)?d.gaps:d.ok}function ve(e,r,t){if(!(e===void 0&&r===void 0))return{author:e,changedFiles:r??[],checkFiles:[t]}}async function Ke(e,r,t,n,s){let o=await ke(k.resolve(t.cwd,e));if(typeof o!="string")return oe(o,e,n);let i=await ke(k.resolve(t.cwd,r));if(typeof i!="string")throw new f(`--base ${r}: ${i.problem.message}`);return ie({head:{file:e,text:o},base:{kind:"found",text:i},options:n,decisions:s})}async function ke(e){try{return await te(e,"manifest")}catch(r){if(r instanceof L)return r;throw r}}m();m();m();var N={1:{en:"People are the main risk: training and awareness",de:"Der Mensch ist das gr\xF6\xDFte Risiko: Schulung und Sensibilisierung"},2:{en:"Security is a top-down decision: management involvement",de:"Sicherheit ist Chefsache: Einbindung der Gesch\xE4ftsleitung"},3:{en:"Concrete for the company's profile",de:"Konkret f\xFCr das Profil des Unternehmens"},4:{en:"An own risk assessment decides what pays off",de:"Eigene Risikobewertung entscheidet, was sich lohnt"},5:{en:"A moving target: security by design, re-evaluated regularly",de:"Ein bewegliches Ziel: Security by Design, regelm\xE4\xDFig neu bewertet"},6:{en:"Learn from worst practice: real attacks on SMEs",de:"Aus Negativbeispielen lernen: reale Angriffe auf KMU"}};var q={title:{en:"Rules",de:"Regeln"},generated:{en:"Generated from the rule packs in `rules/` by `npm run docs`; edit the packs, not this page.",de:"Aus den Regelpaketen in `rules/` erzeugt mit `npm run docs`; bearbeiten Sie die Pakete, nicht diese Seite."},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},everyProject:{en:"every project",de:"jedes Projekt"},tailoring:{en:"Tailoring",de:"Anpassung"},parameters:{en:"Parameters",de:"Parameter"},references:{en:"References",de:"Referenzen"},cases:{en:"Cases",de:"F\xE4lle"},why:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},when:{en:"when",de:"wenn gilt:"},catalogue:{en:"Worst-practice cases",de:"Negativbeispiele"},entry:{en:"Typical entry",de:"Typischer Einstieg"},measures:{en:"Measures",de:"Ma\xDFnahmen"},incidents:{en:"Incidents",de:"Vorf\xE4lle"},lesson:{en:"Lesson",de:"Lehre"},source:{en:"Source",de:"Quelle"},rules:{en:"rules",de:"Regeln"}};function xe(e,r){let t=s=>q[s][r],n=[`# ${t("title")}`,"",t("generated"),""];for(let s of e.packs)n.push(`- [${u(x(s.area,r))}](#${s.pack}) (${s.rules.length} ${t("rules")})`);n.push(`- [${t("catalogue")}](#cases)`,"");for(let s of e.packs){n.push(`<a id="${s.pack}"></a>`,"",`## ${u(x(s.area,r))}`,""),s.description&&n.push(u(s.description[r]),""),n.push(`| | ${t("severity")} | ${t("thesis")} | ${t("applies")} |`,"|---|---|---|---|");for(let o of s.rules)n.push(`| [${o.id}](#${o.id.toLowerCase()}) ${u(o.title[r])} | ${$(o.severity,r)} | ${o.thesis} | ${u(Re(o,r))} |`);n.push("");for(let o of s.rules)n.push(...Ve(o,e,r))}n.push('<a id="cases"></a>',"",`## ${t("catalogue")}`,"");for(let s of e.cases.values()){n.push(`### ${u(s.title[r])} (\`${s.id}\`)`,"",u(s.description[r]),""),n.push(`**${t("entry")}:** ${u(s.entry[r])}`,"",`**${t("measures")}:**`,"");for(let o of s.measures)n.push(`- ${u(o[r])}`);n.push("",`**${t("references")}:** ${s.references.map(u).join(", ")}`,"",`**${t("incidents")}:**`,"");for(let o of s.incidents)n.push(`- **${u(o.name)} (${o.year})**: ${u(o.summary[r])} *${t("lesson")}:* ${u(o.lesson[r])} *${t("source")}:* ${u(o.source)}`);n.push("")}return`${n.join(`
`).trimEnd()}
`}function Re(e,r){return e.applies?v(e.applies,r):q.everyProject[r]}function Ve(e,r,t){let n=i=>q[i][t],s=[`### ${e.id}`,"",`**${u(e.title[t])}**`,""];s.push(`- ${n("severity")}: ${$(e.severity,t)}`),s.push(`- ${n("thesis")}: ${e.thesis} \u2014 ${u(N[e.thesis]?.[t]??"")}`),s.push(`- ${n("applies")}: ${u(Re(e,t))}`);for(let i of e.tuning??[]){let a=[i.severity?`${n("severity")} ${$(i.severity,t)}`:void 0,...Object.entries(i.params??{}).map(([c,l])=>`${c} = ${String(l)}`)].filter(Boolean);s.push(`- ${n("tailoring")}: ${u(`${a.join(", ")} ${n("when")} ${v(i.when,t)}`)}`)}let o=[...M(e.check)].map(i=>{let a=r.parameters[i],c=(a?.tuning??[]).map(l=>`${String(l.value)} ${n("when")} ${v(l.when,t)}`);return`${i} = ${String(e.params?.[i]??a?.default)}${c.length?` (${c.join("; ")})`:""}`});return o.length>0&&s.push(`- ${n("parameters")}: ${u(o.join(", "))}`),s.push(`- ${n("references")}: ${e.references.map(u).join(", ")}`),e.cases.length>0&&s.push(`- ${n("cases")}: ${e.cases.map(i=>u(r.cases.get(i)?.title[t]??i)).join(", ")}`),s.push("",`**${n("why")}:** ${u(e.description[t])}`,""),s.push(`**${n("fix")}:** ${u(e.remediation[t].replace(/\{[a-z_]+\}/gi,"\u2026"))}`,""),s}var Ze=`Usage: security-manifest docs [options]

Prints the rule reference in Markdown, generated from the rule packs
(ours, plus your own with --rules), with the worst-practice catalogue.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also document your own rule packs (repeatable)
  -h, --help            show this help`;async function Ee(e,r){let{values:t}=w(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},0);if(t.help)return r.stdout(`${Ze}
`),d.ok;let n=await E(t.rules??[],r);return n?(r.stdout(xe(n,R(t.lang,r.env))),d.ok):d.usage}m();m();var Qe={area:{en:"Area",de:"Bereich"},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},tuning:{en:"Tailoring",de:"Anpassung"},what:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},references:{en:"References",de:"Referenzen"},cases:{en:"Worst-practice cases it guards against",de:"Negativbeispiele, gegen die sie sch\xFCtzt"},source:{en:"Defined in",de:"Definiert in"},schema:{en:"A format check of manifest v1: the manifest must follow the JSON Schema (`security-manifest schema`).",de:"Eine Formatpr\xFCfung des Manifests v1: Das Manifest muss dem JSON-Schema folgen (`security-manifest schema`)."},when:{en:"when",de:"wenn gilt:"},parameter:{en:"Parameter",de:"Parameter"},everyProject:{en:"every project",de:"jedes Projekt"},severityBecomes:{en:"severity",de:"Schweregrad"}};function Te(e,r,t){let n=a=>Qe[a][t];if(e.kind==="schema")return Ce([`${e.id} \xB7 ${e.title}`,"",n("schema"),"",`${n("fix")}: ${e.remediation.replace(/\{\w+\}/g,"\u2026")}`]);let{rule:s}=e,o=[`${s.id} \xB7 ${s.title[t]}`,"",`${n("area")}: ${x(s.area,t)}`,`${n("severity")}: ${$(s.severity,t)}`,`${n("thesis")}: ${s.thesis} \u2014 ${N[s.thesis]?.[t]??""}`,`${n("applies")}: ${s.applies?v(s.applies,t):n("everyProject")}`];for(let a of s.tuning??[]){let c=[a.severity?`${n("severityBecomes")} ${$(a.severity,t)}`:void 0,...Object.entries(a.params??{}).map(([l,g])=>`${l} = ${String(g)}`)].filter(Boolean);o.push(`${n("tuning")}: ${c.join(", ")} ${n("when")} ${v(a.when,t)}`)}for(let a of M(s.check)){let c=r.parameters[a],l=s.params?.[a]??c?.default,g=(c?.tuning??[]).map(p=>`${String(p.value)} ${n("when")} ${v(p.when,t)}`);o.push(`${n("parameter")}: ${a} = ${String(l)}${g.length?` (${g.join("; ")})`:""}`)}let i=s.remediation[t].replace(/\{[a-z_]+\}/gi,"\u2026");if(o.push("",`${n("what")}:`,`  ${s.description[t]}`,"",`${n("fix")}:`,`  ${i}`),o.push("",`${n("references")}: ${s.references.join(", ")}`),s.cases.length>0){o.push("",`${n("cases")}:`);for(let a of s.cases){let c=r.cases.get(a);if(!c)continue;let l=c.incidents.map(g=>`${g.name} (${g.year})`).join(", ");o.push(`  ${c.title[t]}: ${l}`)}}return o.push("",`${n("source")}: ${s.source}`),Ce(o)}function Ce(e){return`${e.map(j).join(`
`)}
`}m();function je(e,r,t){let n=r.trim().toUpperCase(),s=e.rules.find(i=>i.id===n);if(s)return{kind:"pack",rule:s};let o=Object.values(H).find(i=>i.id===n);if(o)return{kind:"schema",id:o.id,title:o.title[t],remediation:o.remediation[t]}}function Ie(e){return[...Object.values(H).map(r=>r.id),...e.rules.map(r=>r.id)]}var et=`Usage: security-manifest explain RULE [options]

Explains a rule: what it checks and why, how to fix a gap, when it applies,
its references and the worst-practice cases it guards against.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also load your own rule packs (repeatable)
  -h, --help            show this help`;async function Le(e,r){let{values:t,positionals:n}=w(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},1);if(t.help)return r.stdout(`${et}
`),d.ok;let s=n[0];if(!s)throw new f("name the rule to explain, e.g. `security-manifest explain TR-001`");let o=R(t.lang,r.env),i=await E(t.rules??[],r);if(!i)return d.usage;let a=je(i,s,o);if(!a){let c=se(s.toUpperCase(),Ie(i));throw new f(`unknown rule "${s}"${c?` \u2014 did you mean ${c}?`:""}`)}return r.stdout(Te(a,i,o)),d.ok}m();import{existsSync as st,writeFileSync as rt}from"node:fs";import Me from"node:path";m();D();function Pe(e){let r=n=>JSON.stringify(n),t=e.size==="micro"||e.size==="small";return`# yaml-language-server: $schema=${e.schema.replace(/[\r\n]/g,"")}
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
  security_updates_until: ${F(e.today,5)}
`:""}
evaluation:
  next_due: ${F(e.today,1)}

waivers: []                   # rule, scope, approved_by (management), reason, expires
`}m();import G from"node:path";import{fileURLToPath as tt}from"node:url";var Ae="https://raw.githubusercontent.com/security-manifest-check/security-manifest-check/v1/schema/manifest-v1.schema.json";function nt(){return tt(new URL("../../schema/manifest-v1.schema.json",import.meta.url))}function Oe(e){return G.relative(G.dirname(e),nt()).split(G.sep).join("/")}var ot=`Usage: security-manifest init [FILE] [options]

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
  -h, --help            show this help`,_e=A.properties.organisation.properties,it=_e.size.enum,at=_e.sector.enum,ct=["none","important","essential"];function Ne(e,r){let{values:t,positionals:n}=w(e,{project:{type:"string"},organisation:{type:"string"},size:{type:"string"},sector:{type:"string"},nis2:{type:"string"},cra:{type:"boolean"},today:{type:"string"},schema:{type:"string"},stdout:{type:"boolean"},force:{type:"boolean"},help:{type:"boolean",short:"h"}},1);if(t.help)return r.stdout(`${ot}
`),d.ok;let s=n[0]??"security-manifest.yml",o=Me.resolve(r.cwd,s),i=U("--schema",t.schema??"url",["url","local"]),a={project:t.project??Me.basename(r.cwd),organisation:t.organisation??"Our company",size:U("--size",t.size??"small",it),sector:U("--sector",t.sector??"other",at),nis2:U("--nis2",t.nis2??"none",ct),craProduct:t.cra??!1,today:_(t.today,r.today),schema:i==="local"?Oe(o):Ae},c=Pe(a);if(t.stdout)return r.stdout(c),d.ok;if(st(o)&&!t.force)throw new f(`${s} exists already; use --force to overwrite it or name another file`);return rt(o,c),r.stdout(`Wrote ${s}. Fill it in, then run: security-manifest check ${s}
`),d.ok}function U(e,r,t){if(!t.includes(r))throw new f(`${e} must be one of ${t.join(", ")}, not "${r}"`);return r}m();var pt=`Usage: security-manifest schema

Prints the JSON Schema of manifest format v1 (for editors and other tools).`;function Ue(e,r){let{values:t}=w(e,{help:{type:"boolean",short:"h"}},0);return r.stdout(t.help?`${pt}
`:`${JSON.stringify(A,null,2)}
`),d.ok}var mt=`Usage: security-manifest <command> [options]

Security-by-design checks for SME development pipelines.

Commands:
  init [FILE]     write a commented starting manifest tailored to your company
  check [FILE]    check a security manifest and print its gap list
  explain RULE    explain a rule: what, why, how to fix, references, cases
  docs            print the rule reference (Markdown) generated from the packs
  schema          print the JSON Schema of the manifest format

Run \`security-manifest <command> --help\` for a command's options.
Options: -h, --help  show this help \xB7 -v, --version  show the version`,Fe={check:Se,explain:Le,docs:Ee,init:Ne,schema:Ue};async function De(e,r){let[t,...n]=e;if(t===void 0||t==="-h"||t==="--help"||t==="help")return r.stdout(`${mt}
`),t===void 0?d.usage:d.ok;if(t==="-v"||t==="--version")return r.stdout(`${Q.version}
`),d.ok;let s=Object.hasOwn(Fe,t)?Fe[t]:void 0;try{if(!s)throw new f(`unknown command "${t}"`);return await s(n,r)}catch(o){if(o instanceof f)return r.stderr(`security-manifest: ${o.message}
Run \`security-manifest ${s?`${t} `:""}--help\` for usage.
`),d.usage;throw o}}process.stdout.on("error",e=>{throw e.code==="EPIPE"&&process.exit(process.exitCode??0),e});De(process.argv.slice(2),{stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTty:!!process.stdout.isTTY,env:process.env,cwd:process.cwd(),today:K()}).then(e=>{process.exitCode=e},e=>{process.stderr.write(`security-manifest: internal error: ${e instanceof Error?e.message:String(e)}
Please report this with the command you ran.
`),process.exitCode=2});
