import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as Y}from"./chunk-IJ5H643R.js";import{a as N,b as j,c as U,d}from"./chunk-J2HPXCN6.js";import{a as w,b as u}from"./chunk-4FTTL5GD.js";import{a as _,b as C,c as L,d as $,e as D}from"./chunk-LBA7UEWK.js";import{a as R,c as M,d as T}from"./chunk-4ETQDTZI.js";import{a as x,e as I,i as O}from"./chunk-MM6CBMMI.js";import"./chunk-PYVGOVIF.js";import"./chunk-OHDDS6OP.js";import{c as F}from"./chunk-IAOVIS75.js";import"./chunk-YQFEU54G.js";import"./chunk-UUCUR35I.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import"./chunk-B7K2LTCB.js";import"./chunk-QCVRTFGI.js";import{a as A,e as z}from"./chunk-RRHCGECE.js";import"./chunk-UKIECIVK.js";import"./chunk-MS3YBPOQ.js";import"./chunk-5EV64O6Y.js";import"./chunk-JZPSVTT2.js";import"./chunk-RHWGLWXA.js";import"./chunk-KHGPBTMF.js";import"./chunk-7UEB7DEF.js";import"./chunk-KIOCKEGG.js";import{a as h,b as g,c as q,e as b}from"./chunk-IYYF26LB.js";import"./chunk-T3RNKLWB.js";import{i as m}from"./chunk-PWPZJUYW.js";m();import s from"node:path";z();m();function P(r,e){if(r.errors.length>0||!e.minSeverity&&!e.areas)return r;let t=e.minSeverity?b(e.minSeverity):-1,l=e.areas?new Set(e.areas):void 0,o=n=>b(n.severity)>=t&&(!l||l.has(n.area)),a=r.findings.filter(o),i=a.filter(q),y=Object.fromEntries(h.map(n=>[n,i.filter(c=>c.severity===n).length])),p=Object.fromEntries(g.map(n=>[n,i.filter(c=>c.area===n).length]));return{...r,status:i.length>0?"gaps":"ok",summary:{total:i.length,by_severity:y,by_area:p},findings:a,fixed:r.fixed.filter(o),...r.no_longer_checked?{no_longer_checked:r.no_longer_checked.filter(o)}:{}}}var Q=`Usage: security-manifest check [FILE] [options]

Checks a security manifest and prints its gap list.

Arguments:
  FILE                  the manifest (default: security-manifest.yml)

Options:
  --format <format>     ${R.join(" | ")} (default: text), see Formats
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

Formats:
${T("en")}

Exit status: 0 no gaps at or above --fail-on, 1 gaps at or above it,
2 usage error or a manifest that cannot be read.`;async function ve(r,e){let{values:t,positionals:l}=N(r,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},"fail-on":{type:"string"},"min-severity":{type:"string"},area:{type:"string",multiple:!0},quiet:{type:"boolean",short:"q"},rules:{type:"string",multiple:!0},root:{type:"string"},"pr-author":{type:"string"},"changed-file":{type:"string",multiple:!0},base:{type:"string"},"approved-by":{type:"string",multiple:!0},decisions:{type:"string"},help:{type:"boolean",short:"h"}},1);if(t.help)return e.stdout(`${Q}
`),u.ok;let o=d("--format",t.format??"text",R),a=$(d("--fail-on",t["fail-on"]??"high",L))??"high",i=j(t.lang,e.env),y=U(t.today,e.today),p=l[0]??"security-manifest.yml",n=W(t["min-severity"],t.area);if(t.quiet&&o!=="text")throw new w(`--quiet shortens the text format only, not --format ${o}`);let c=await Y(t.rules??[],e);if(!c)return u.usage;let V=d("--decisions",t.decisions??"require-approval",_),E=s.resolve(e.cwd,t.root??s.dirname(p)),S=s.relative(E,s.resolve(e.cwd,p)).split(s.sep).join("/"),k={today:y,language:i,displayName:p,ruleSet:c,evidenceExists:x(E)},G=t.base===void 0?await I(s.resolve(e.cwd,p),{...k,pullRequest:H(t["pr-author"],t["changed-file"],S)}):await Z(p,t.base,e,{...k,pullRequest:{...H(t["pr-author"],t["changed-file"],S)??{changedFiles:[]},approvedBy:t["approved-by"]??[]}},V),f=P(G,n),v=await M(o,f,{language:i,ruleSet:c,color:o==="text"&&e.isTty&&!e.env.NO_COLOR,...o==="markdown"?{sizeLimit:1e6}:{}});return o==="text"&&f.errors.length>0?e.stderr(v):e.stdout(t.quiet?`${v.split(`
`,1)[0]}
`:v),f.errors.length>0?u.usage:D(f,a)?u.gaps:u.ok}function W(r,e){return{...r===void 0?{}:{minSeverity:d("--min-severity",r,h)},...e===void 0?{}:{areas:e.flatMap(t=>t.split(",")).map(t=>d("--area",t.trim(),g))}}}function H(r,e,t){if(!(r===void 0&&e===void 0))return{author:r,changedFiles:e??[],checkFiles:[t]}}async function Z(r,e,t,l,o){let a=await B(s.resolve(t.cwd,r));if(typeof a!="string")return O(a,r,l);let i=await B(s.resolve(t.cwd,e));if(typeof i!="string")throw new w(`--base ${e}: ${i.problem.message}`);return C({head:{file:r,text:a},base:{kind:"found",text:i},options:l,decisions:o})}async function B(r){try{return await F(r,"manifest")}catch(e){if(e instanceof A)return e;throw e}}export{Q as CHECK_HELP,ve as checkCommand};
