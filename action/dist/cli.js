import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{C as k,D as L,E as te,F as ne,G as z,H as se,I as re,J as oe,K as ie,L as ae,M as ce,N as pe,O as R,P as w,Q as l,S as me,T as de,U as le,V as ue,W as fe,a as G,b as W,c as M,d as N,e as J,f as X,j as K,l as V,m as T,n as I,o as U,p as Z,q as Q,r as ee,s as F,t as O,u as j,v as P,w as _e,x as D}from"./chunk-WIFPET6C.js";import{g as m}from"./chunk-MLFNNISD.js";m();N();m();m();var f=class extends Error{name="UsageError"},d={ok:0,gaps:1,usage:2};m();import S from"node:path";U();m();U();_e();m();function g(e){return e.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,"?")}var Me={critical:"\x1B[35m",high:"\x1B[31m",medium:"\x1B[33m",low:"\x1B[36m",dim:"\x1B[2m",bold:"\x1B[1m",ok:"\x1B[32m"},Ne="\x1B[0m",h={changes:{en:"This PR changes security decisions",de:"Dieser PR \xE4ndert Sicherheitsentscheidungen"},base:{en:"base",de:"Basis"},noLonger:{en:"No longer checked because of this PR (not fixed):",de:"Wegen dieses PRs nicht mehr gepr\xFCft (nicht behoben):"},gaps:{en:e=>e===1?"1 gap":`${e} gaps`,de:e=>e===1?"1 L\xFCcke":`${e} L\xFCcken`},evaluated:{en:"evaluated",de:"bewertet am"},noGaps:{en:"No gaps found. The manifest meets every rule that applies.",de:"Keine L\xFCcken gefunden. Das Manifest erf\xFCllt alle zutreffenden Regeln."},fix:{en:"fix",de:"Abhilfe"},why:{en:"why",de:"warum"},waived:{en:"Waived (accepted by management, not counted)",de:"Ausgenommen (vom Management genehmigt, nicht gez\xE4hlt)"},cases:{en:"leaves open",de:"l\xE4sst offen"},unreadable:{en:"The manifest could not be read:",de:"Das Manifest konnte nicht gelesen werden:"},matrix:{en:"Risk matrix (BSI 200-3): threats by impact and likelihood",de:"Risikomatrix (BSI 200-3): Bedrohungen nach Auswirkung und H\xE4ufigkeit"},economics:{en:"Risk economics: expected annual loss vs. yearly cost of the measures",de:"Wirtschaftlichkeit: erwarteter Jahresschaden vs. j\xE4hrliche Kosten der Ma\xDFnahmen"},loss:{en:"expected loss",de:"erwarteter Schaden"},cost:{en:"measures",de:"Ma\xDFnahmen"},perYear:{en:"/year",de:"/Jahr"},paysOff:{en:"pays off",de:"lohnt sich"},doesNotPay:{en:"costs more than it saves",de:"kostet mehr, als sie einspart"},noCost:{en:"no measure cost given",de:"keine Ma\xDFnahmenkosten angegeben"}};function he(e,s){e=De(e);let{language:t}=s,r=(a,$)=>s.color?`${Me[a]}${$}${Ne}`:$,n=[];if(e.errors.length>0){n.push(r("bold",h.unreadable[t]));for(let a of e.errors)n.push(I(a));return`${n.join(`
`)}
`}let o=J.filter(a=>e.summary.by_severity[a]>0).reverse().map(a=>`${e.summary.by_severity[a]} ${w(a,t)}`);n.push(`${r("bold",e.manifest)}: ${h.gaps[t](e.summary.total)}${o.length?` (${o.join(", ")})`:""} \xB7 ${h.evaluated[t]} ${e.evaluated_at}`);let i=e.changes??[];if(i.length>0){n.push("",r("bold",`${h.changes[t]} (${i.length})`));for(let a of i){let $=g(ce(a.approval,t)),b=`${a.side==="base"?`${h.base[t]} `:""}${a.line}:${a.column}`;n.push(`  ${r("dim",b.padEnd(12))} ${g(a.message)}`),$&&n.push(`${" ".repeat(15)}${r("dim",$)}`)}}let c=e.findings.filter(a=>a.status!=="waived");c.length===0&&n.push("",r("ok",h.noGaps[t]));for(let a of X){let $=c.filter(b=>b.area===a);if($.length!==0){n.push("",r("bold",`${R(a,t)} (${$.length})`));for(let b of $)n.push(...Fe(b,s,r))}}let p=e.no_longer_checked??[];if(p.length>0){n.push("",r("dim",h.noLonger[t]));for(let a of p)n.push(r("dim",`  ${a.rule}  ${a.message} \u2014 ${g(a.because??"")}`))}let u=e.findings.filter(a=>a.status==="waived");if(u.length>0){n.push("",r("dim",h.waived[t]));for(let a of u)n.push(r("dim",`  ${a.rule}  ${e.manifest}:${a.line}  ${a.message}`))}return n.push(...Ue(e,s,r)),`${n.join(`
`)}
`}function Ue(e,s,t){let{language:r}=s;if(!e.risk)return[];let n=[];if(P.some(i=>j.some(c=>(e.risk?.heatmap[i][c].length??0)>0))){n.push("",t("bold",h.matrix[r]));let i=P.flatMap(p=>j.map(u=>(e.risk?.heatmap[p][u]??[]).join(","))),c=Math.max(14,...i.map(p=>p.length+2));n.push(`  ${"".padEnd(c)}${j.map(p=>p.padEnd(c)).join("")}`);for(let p of[...P].reverse()){let u=j.map(a=>(e.risk?.heatmap[p][a]??[]).join(",").padEnd(c));n.push(`  ${p.padEnd(c)}${u.join("")}`.trimEnd())}}if(e.risk.economics.length>0){n.push("",t("bold",h.economics[r]));for(let i of e.risk.economics){let c=i.paysOff===void 0?h.noCost[r]:i.paysOff?h.paysOff[r]:h.doesNotPay[r],p=i.measuresCostPerYear===void 0?"\u2013":`${D(i.measuresCostPerYear)}${h.perYear[r]}`;n.push(`  ${i.threat.padEnd(8)} ${h.loss[r]} ${D(i.expectedAnnualLoss)}${h.perYear[r]} \xB7 ${h.cost[r]} ${p} \xB7 ${c}`)}}return n}function Fe(e,s,t){let{language:r}=s,n=w(e.severity,r).padEnd(8),o=[`  ${t(e.severity,n)} ${t("dim",`${e.line}:${e.column}`.padEnd(7))} ${e.message}  ${t("dim",e.rule)}`],i=" ".repeat(19);if(e.pending&&o.push(`${i}${t("bold",g(pe(e.pending.waiting_for,e.pending.state,r)))}`),e.applies_because&&o.push(`${i}${t("dim",`${h.why[r]}: ${e.applies_because}`)}`),e.remediation&&o.push(`${i}${h.fix[r]}: ${e.remediation}`),e.cases.length>0){let c=e.cases.map(p=>g(s.cases?.get(p)?.title[r]??p));o.push(`${i}${t("dim",`${h.cases[r]}: ${c.join(", ")}`)}`)}return o}function De(e){let s=t=>({...t,rule:g(t.rule),message:g(t.message),remediation:g(t.remediation),...t.applies_because===void 0?{}:{applies_because:g(t.applies_because)}});return{...e,manifest:g(e.manifest),findings:e.findings.map(s),fixed:e.fixed.map(s),...e.no_longer_checked?{no_longer_checked:e.no_longer_checked.map(s)}:{},errors:e.errors.map(t=>({...t,file:g(t.file),message:g(t.message),hint:g(t.hint)})),...e.risk?{risk:{heatmap:Object.fromEntries(Object.entries(e.risk.heatmap).map(([t,r])=>[t,Object.fromEntries(Object.entries(r).map(([n,o])=>[n,o.map(g)]))])),economics:e.risk.economics.map(t=>({...t,threat:g(t.threat),title:g(t.title)}))}}:{}}}m();import{parseArgs as ze}from"node:util";N();function v(e,s,t){let r;try{r=ze({args:e,options:s,allowPositionals:!0,strict:!0})}catch(n){throw new f(n instanceof Error?n.message.replace(/\. To specify a positional.*$/s,""):String(n))}if(r.positionals.length>t)throw new f(`unexpected argument: ${r.positionals[t]}`);return r}function E(e,s){let t=e??s.SECURITY_MANIFEST_LANG??"en";if(!Q(t))throw new f(`--lang must be en or de, not "${t}"`);return t}function A(e,s){if(e===void 0)return s;if(!G(e))throw new f(`--today must be a date like 2026-11-26, not "${e}"`);return e}m();U();async function C(e,s){let{files:t,unmatched:r}=ue(e,s.cwd);if(r.length>0)throw new f(`--rules ${r.map(n=>`"${n}"`).join(", ")} matches no file`);try{return await fe(t,{cwd:s.cwd})}catch(n){if(!(n instanceof T))throw n;s.stderr(`A rule pack could not be loaded:
${I(n.problem)}
`);return}}var He=`Usage: security-manifest check [FILE] [options]

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
2 usage error or a manifest that cannot be read.`,ge=["text","json","markdown","sarif"];async function we(e,s){let{values:t,positionals:r}=v(e,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},"fail-on":{type:"string"},rules:{type:"string",multiple:!0},root:{type:"string"},"pr-author":{type:"string"},"changed-file":{type:"string",multiple:!0},base:{type:"string"},"approved-by":{type:"string",multiple:!0},decisions:{type:"string"},help:{type:"boolean",short:"h"}},1);if(t.help)return s.stdout(`${He}
`),d.ok;let n=t.format??"text";if(!ge.includes(n))throw new f(`--format must be one of ${ge.join(", ")}, not "${n}"`);let o=oe(t["fail-on"]??"high");if(!o)throw new f(`--fail-on must be one of ${re.join(", ")}, not "${t["fail-on"]}"`);let i=E(t.lang,s.env),c=A(t.today,s.today),p=r[0]??"security-manifest.yml",u=await C(t.rules??[],s);if(!u)return d.usage;let a=t.decisions??"require-approval";if(!z.includes(a))throw new f(`--decisions must be one of ${z.join(", ")}, not "${a}"`);let $=S.resolve(s.cwd,t.root??S.dirname(p)),b=S.relative($,S.resolve(s.cwd,p)).split(S.sep).join("/"),B={today:c,language:i,displayName:p,ruleSet:u,evidenceExists:V($)},x=t.base===void 0?await te(S.resolve(s.cwd,p),{...B,pullRequest:ye(t["pr-author"],t["changed-file"],b)}):await Ye(p,t.base,s,{...B,pullRequest:{...ye(t["pr-author"],t["changed-file"],b)??{changedFiles:[]},approvedBy:t["approved-by"]??[]}},a);if(n==="json")s.stdout(ae(x));else if(n==="markdown")s.stdout(de(x,{language:i,cases:u.cases,limit:me}));else if(n==="sarif")s.stdout(le(x,u,i));else{let Ae=s.isTty&&!s.env.NO_COLOR,q=he(x,{language:i,color:Ae,cases:u.cases});x.errors.length>0?s.stderr(q):s.stdout(q)}return x.errors.length>0?d.usage:ie(x,o)?d.gaps:d.ok}function ye(e,s,t){if(!(e===void 0&&s===void 0))return{author:e,changedFiles:s??[],checkFiles:[t]}}async function Ye(e,s,t,r,n){let o=await $e(S.resolve(t.cwd,e));if(typeof o!="string")return ne(o,e,r);let i=await $e(S.resolve(t.cwd,s));if(typeof i!="string")throw new f(`--base ${s}: ${i.problem.message}`);return se({head:{file:e,text:o},base:{kind:"found",text:i},options:r,decisions:n})}async function $e(e){try{return await Z(e,"manifest")}catch(s){if(s instanceof T)return s;throw s}}m();m();m();var _={1:{en:"People are the main risk: training and awareness",de:"Der Mensch ist das gr\xF6\xDFte Risiko: Schulung und Sensibilisierung"},2:{en:"Security is a top-down decision: management involvement",de:"Sicherheit ist Chefsache: Einbindung der Gesch\xE4ftsleitung"},3:{en:"Concrete for the company's profile",de:"Konkret f\xFCr das Profil des Unternehmens"},4:{en:"An own risk assessment decides what pays off",de:"Eigene Risikobewertung entscheidet, was sich lohnt"},5:{en:"A moving target: security by design, re-evaluated regularly",de:"Ein bewegliches Ziel: Security by Design, regelm\xE4\xDFig neu bewertet"},6:{en:"Learn from worst practice: real attacks on SMEs",de:"Aus Negativbeispielen lernen: reale Angriffe auf KMU"}};var H={title:{en:"Rules",de:"Regeln"},generated:{en:"Generated from the rule packs in `rules/` by `npm run docs`; edit the packs, not this page.",de:"Aus den Regelpaketen in `rules/` erzeugt mit `npm run docs`; bearbeiten Sie die Pakete, nicht diese Seite."},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},everyProject:{en:"every project",de:"jedes Projekt"},tailoring:{en:"Tailoring",de:"Anpassung"},parameters:{en:"Parameters",de:"Parameter"},references:{en:"References",de:"Referenzen"},cases:{en:"Cases",de:"F\xE4lle"},why:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},when:{en:"when",de:"wenn gilt:"},catalogue:{en:"Worst-practice cases",de:"Negativbeispiele"},entry:{en:"Typical entry",de:"Typischer Einstieg"},measures:{en:"Measures",de:"Ma\xDFnahmen"},incidents:{en:"Incidents",de:"Vorf\xE4lle"},lesson:{en:"Lesson",de:"Lehre"},source:{en:"Source",de:"Quelle"},rules:{en:"rules",de:"Regeln"}};function ve(e,s){let t=n=>H[n][s],r=[`# ${t("title")}`,"",t("generated"),""];for(let n of e.packs)r.push(`- [${l(R(n.area,s))}](#${n.pack}) (${n.rules.length} ${t("rules")})`);r.push(`- [${t("catalogue")}](#cases)`,"");for(let n of e.packs){r.push(`<a id="${n.pack}"></a>`,"",`## ${l(R(n.area,s))}`,""),n.description&&r.push(l(n.description[s]),""),r.push(`| | ${t("severity")} | ${t("thesis")} | ${t("applies")} |`,"|---|---|---|---|");for(let o of n.rules)r.push(`| [${o.id}](#${o.id.toLowerCase()}) ${l(o.title[s])} | ${w(o.severity,s)} | ${o.thesis} | ${l(be(o,s))} |`);r.push("");for(let o of n.rules)r.push(...Be(o,e,s))}r.push('<a id="cases"></a>',"",`## ${t("catalogue")}`,"");for(let n of e.cases.values()){r.push(`### ${l(n.title[s])} (\`${n.id}\`)`,"",l(n.description[s]),""),r.push(`**${t("entry")}:** ${l(n.entry[s])}`,"",`**${t("measures")}:**`,"");for(let o of n.measures)r.push(`- ${l(o[s])}`);r.push("",`**${t("references")}:** ${n.references.map(l).join(", ")}`,"",`**${t("incidents")}:**`,"");for(let o of n.incidents)r.push(`- **${l(o.name)} (${o.year})**: ${l(o.summary[s])} *${t("lesson")}:* ${l(o.lesson[s])} *${t("source")}:* ${l(o.source)}`);r.push("")}return`${r.join(`
`).trimEnd()}
`}function be(e,s){return e.applies?k(e.applies,s):H.everyProject[s]}function Be(e,s,t){let r=i=>H[i][t],n=[`### ${e.id}`,"",`**${l(e.title[t])}**`,""];n.push(`- ${r("severity")}: ${w(e.severity,t)}`),n.push(`- ${r("thesis")}: ${e.thesis} \u2014 ${l(_[e.thesis]?.[t]??"")}`),n.push(`- ${r("applies")}: ${l(be(e,t))}`);for(let i of e.tuning??[]){let c=[i.severity?`${r("severity")} ${w(i.severity,t)}`:void 0,...Object.entries(i.params??{}).map(([p,u])=>`${p} = ${String(u)}`)].filter(Boolean);n.push(`- ${r("tailoring")}: ${l(`${c.join(", ")} ${r("when")} ${k(i.when,t)}`)}`)}let o=[...L(e.check)].map(i=>{let c=s.parameters[i],p=(c?.tuning??[]).map(u=>`${String(u.value)} ${r("when")} ${k(u.when,t)}`);return`${i} = ${String(e.params?.[i]??c?.default)}${p.length?` (${p.join("; ")})`:""}`});return o.length>0&&n.push(`- ${r("parameters")}: ${l(o.join(", "))}`),n.push(`- ${r("references")}: ${e.references.map(l).join(", ")}`),e.cases.length>0&&n.push(`- ${r("cases")}: ${e.cases.map(i=>l(s.cases.get(i)?.title[t]??i)).join(", ")}`),n.push("",`**${r("why")}:** ${l(e.description[t])}`,""),n.push(`**${r("fix")}:** ${l(e.remediation[t].replace(/\{[a-z_]+\}/gi,"\u2026"))}`,""),n}var qe=`Usage: security-manifest docs [options]

Prints the rule reference in Markdown, generated from the rule packs
(ours, plus your own with --rules), with the worst-practice catalogue.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also document your own rule packs (repeatable)
  -h, --help            show this help`;async function ke(e,s){let{values:t}=v(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},0);if(t.help)return s.stdout(`${qe}
`),d.ok;let r=await C(t.rules??[],s);return r?(s.stdout(ve(r,E(t.lang,s.env))),d.ok):d.usage}m();m();var Ge={area:{en:"Area",de:"Bereich"},severity:{en:"Severity",de:"Schweregrad"},thesis:{en:"Thesis",de:"These"},applies:{en:"Applies",de:"Gilt"},tuning:{en:"Tailoring",de:"Anpassung"},what:{en:"What and why",de:"Was und warum"},fix:{en:"How to fix",de:"Abhilfe"},references:{en:"References",de:"Referenzen"},cases:{en:"Worst-practice cases it guards against",de:"Negativbeispiele, gegen die sie sch\xFCtzt"},source:{en:"Defined in",de:"Definiert in"},schema:{en:"A format check of manifest v1: the manifest must follow the JSON Schema (`security-manifest schema`).",de:"Eine Formatpr\xFCfung des Manifests v1: Das Manifest muss dem JSON-Schema folgen (`security-manifest schema`)."},when:{en:"when",de:"wenn gilt:"},parameter:{en:"Parameter",de:"Parameter"},everyProject:{en:"every project",de:"jedes Projekt"},severityBecomes:{en:"severity",de:"Schweregrad"}};function Se(e,s,t){let r=c=>Ge[c][t];if(e.kind==="schema")return`${e.id} \xB7 ${e.title}

${r("schema")}

${r("fix")}: ${e.remediation.replace(/\{\w+\}/g,"\u2026")}
`;let{rule:n}=e,o=[`${n.id} \xB7 ${n.title[t]}`,"",`${r("area")}: ${R(n.area,t)}`,`${r("severity")}: ${w(n.severity,t)}`,`${r("thesis")}: ${n.thesis} \u2014 ${_[n.thesis]?.[t]??""}`,`${r("applies")}: ${n.applies?k(n.applies,t):r("everyProject")}`];for(let c of n.tuning??[]){let p=[c.severity?`${r("severityBecomes")} ${w(c.severity,t)}`:void 0,...Object.entries(c.params??{}).map(([u,a])=>`${u} = ${String(a)}`)].filter(Boolean);o.push(`${r("tuning")}: ${p.join(", ")} ${r("when")} ${k(c.when,t)}`)}for(let c of L(n.check)){let p=s.parameters[c],u=n.params?.[c]??p?.default,a=(p?.tuning??[]).map($=>`${String($.value)} ${r("when")} ${k($.when,t)}`);o.push(`${r("parameter")}: ${c} = ${String(u)}${a.length?` (${a.join("; ")})`:""}`)}let i=n.remediation[t].replace(/\{[a-z_]+\}/gi,"\u2026");if(o.push("",`${r("what")}:`,`  ${n.description[t]}`,"",`${r("fix")}:`,`  ${i}`),o.push("",`${r("references")}: ${n.references.join(", ")}`),n.cases.length>0){o.push("",`${r("cases")}:`);for(let c of n.cases){let p=s.cases.get(c);if(!p)continue;let u=p.incidents.map(a=>`${a.name} (${a.year})`).join(", ");o.push(`  ${p.title[t]}: ${u}`)}}return o.push("",`${r("source")}: ${n.source}`),`${g(o.join(`
`))}
`}m();function xe(e,s,t){let r=s.trim().toUpperCase(),n=e.rules.find(i=>i.id===r);if(n)return{kind:"pack",rule:n};let o=Object.values(F).find(i=>i.id===r);if(o)return{kind:"schema",id:o.id,title:o.title[t],remediation:o.remediation[t]}}function Re(e){return[...Object.values(F).map(s=>s.id),...e.rules.map(s=>s.id)]}var We=`Usage: security-manifest explain RULE [options]

Explains a rule: what it checks and why, how to fix a gap, when it applies,
its references and the worst-practice cases it guards against.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also load your own rule packs (repeatable)
  -h, --help            show this help`;async function Ee(e,s){let{values:t,positionals:r}=v(e,{lang:{type:"string"},rules:{type:"string",multiple:!0},help:{type:"boolean",short:"h"}},1);if(t.help)return s.stdout(`${We}
`),d.ok;let n=r[0];if(!n)throw new f("name the rule to explain, e.g. `security-manifest explain TR-001`");let o=E(t.lang,s.env),i=await C(t.rules??[],s);if(!i)return d.usage;let c=xe(i,n,o);if(!c){let p=ee(n.toUpperCase(),Re(i));throw new f(`unknown rule "${n}"${p?` \u2014 did you mean ${p}?`:""}`)}return s.stdout(Se(c,i,o)),d.ok}m();import{existsSync as Je,writeFileSync as Xe}from"node:fs";import je from"node:path";m();N();function Ce(e){let s=r=>JSON.stringify(r),t=e.size==="micro"||e.size==="small";return`# yaml-language-server: $schema=https://security-manifest-check.dev/schemas/manifest-v1.schema.json
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
  security_updates_until: ${M(e.today,5)}
`:""}
evaluation:
  next_due: ${M(e.today,1)}

waivers: []                   # rule, scope, approved_by (management), reason, expires
`}var Ke=`Usage: security-manifest init [FILE] [options]

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
  -h, --help            show this help`,Te=O.properties.organisation.properties,Ve=Te.size.enum,Ze=Te.sector.enum,Qe=["none","important","essential"];function Ie(e,s){let{values:t,positionals:r}=v(e,{project:{type:"string"},organisation:{type:"string"},size:{type:"string"},sector:{type:"string"},nis2:{type:"string"},cra:{type:"boolean"},today:{type:"string"},stdout:{type:"boolean"},force:{type:"boolean"},help:{type:"boolean",short:"h"}},1);if(t.help)return s.stdout(`${Ke}
`),d.ok;let n=r[0]??"security-manifest.yml",o={project:t.project??je.basename(s.cwd),organisation:t.organisation??"Our company",size:Y("--size",t.size??"small",Ve),sector:Y("--sector",t.sector??"other",Ze),nis2:Y("--nis2",t.nis2??"none",Qe),craProduct:t.cra??!1,today:A(t.today,s.today)},i=Ce(o);if(t.stdout)return s.stdout(i),d.ok;let c=je.resolve(s.cwd,n);if(Je(c)&&!t.force)throw new f(`${n} exists already; use --force to overwrite it or name another file`);return Xe(c,i),s.stdout(`Wrote ${n}. Fill it in, then run: security-manifest check ${n}
`),d.ok}function Y(e,s,t){if(!t.includes(s))throw new f(`${e} must be one of ${t.join(", ")}, not "${s}"`);return s}m();var et=`Usage: security-manifest schema

Prints the JSON Schema of manifest format v1 (for editors and other tools).`;function Oe(e,s){let{values:t}=v(e,{help:{type:"boolean",short:"h"}},0);return s.stdout(t.help?`${et}
`:`${JSON.stringify(O,null,2)}
`),d.ok}var tt=`Usage: security-manifest <command> [options]

Security-by-design checks for SME development pipelines.

Commands:
  init [FILE]     write a commented starting manifest tailored to your company
  check [FILE]    check a security manifest and print its gap list
  explain RULE    explain a rule: what, why, how to fix, references, cases
  docs            print the rule reference (Markdown) generated from the packs
  schema          print the JSON Schema of the manifest format

Run \`security-manifest <command> --help\` for a command's options.
Options: -h, --help  show this help \xB7 -v, --version  show the version`,Pe={check:we,explain:Ee,docs:ke,init:Ie,schema:Oe};async function Le(e,s){let[t,...r]=e;if(t===void 0||t==="-h"||t==="--help"||t==="help")return s.stdout(`${tt}
`),t===void 0?d.usage:d.ok;if(t==="-v"||t==="--version")return s.stdout(`${K.version}
`),d.ok;let n=Object.hasOwn(Pe,t)?Pe[t]:void 0;try{if(!n)throw new f(`unknown command "${t}"`);return await n(r,s)}catch(o){if(o instanceof f)return s.stderr(`security-manifest: ${o.message}
Run \`security-manifest ${n?`${t} `:""}--help\` for usage.
`),d.usage;throw o}}process.stdout.on("error",e=>{throw e.code==="EPIPE"&&process.exit(process.exitCode??0),e});Le(process.argv.slice(2),{stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTty:!!process.stdout.isTTY,env:process.env,cwd:process.cwd(),today:W()}).then(e=>{process.exitCode=e},e=>{process.stderr.write(`security-manifest: internal error: ${e instanceof Error?e.message:String(e)}
Please report this with the command you ran.
`),process.exitCode=2});
