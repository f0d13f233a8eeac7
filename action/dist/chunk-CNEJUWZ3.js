import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as $}from"./chunk-4JWXOSDB.js";import{a as P,b as Y,c as U,d}from"./chunk-UJERCGO4.js";import{c as w,d as c}from"./chunk-VQ4BJI5R.js";import{a as M}from"./chunk-45RDOI7V.js";import{a as R,c as T,d as L}from"./chunk-O5DUXVYG.js";import{b as C,d as D,e as N,f as j}from"./chunk-7CNKF73Y.js";import{a as A,e as F,i as _}from"./chunk-7OOM6IEP.js";import"./chunk-QLYPQLX6.js";import"./chunk-OHDDS6OP.js";import{c as O}from"./chunk-OZRCDM6B.js";import"./chunk-2ZFS5EAY.js";import"./chunk-MGC76RPL.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import"./chunk-PA7U5EJR.js";import"./chunk-4OU4JCUP.js";import{e as x,g as I,i as K}from"./chunk-WPXJLUZZ.js";import"./chunk-UKIECIVK.js";import"./chunk-MS3YBPOQ.js";import"./chunk-ZERM4TEB.js";import"./chunk-5EV64O6Y.js";import"./chunk-JZPSVTT2.js";import"./chunk-RHWGLWXA.js";import"./chunk-KHGPBTMF.js";import"./chunk-7UEB7DEF.js";import{a as h,b as g,c as q,e as b}from"./chunk-IYYF26LB.js";import"./chunk-KIOCKEGG.js";import"./chunk-T3RNKLWB.js";import{i as f}from"./chunk-PWPZJUYW.js";f();import s from"node:path";K();f();function H(r,e){if(r.errors.length>0||!e.minSeverity&&!e.areas)return r;let t=e.minSeverity?b(e.minSeverity):-1,l=e.areas?new Set(e.areas):void 0,o=a=>b(a.severity)>=t&&(!l||l.has(a.area)),n=r.findings.filter(o),i=n.filter(q),y=Object.fromEntries(h.map(a=>[a,i.filter(u=>u.severity===a).length])),p=Object.fromEntries(g.map(a=>[a,i.filter(u=>u.area===a).length]));return{...r,status:i.length>0?"gaps":"ok",summary:{total:i.length,by_severity:y,by_area:p},findings:n,fixed:r.fixed.filter(o),...r.no_longer_checked?{no_longer_checked:r.no_longer_checked.filter(o)}:{}}}var W=`Usage: security-manifest check [FILE] [options]

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
${L("en")}

Exit status: 0 no gaps at or above --fail-on, 1 gaps at or above it,
2 usage error or a manifest that cannot be read.`;async function be(r,e){let{values:t,positionals:l}=P(r,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},"fail-on":{type:"string"},"min-severity":{type:"string"},area:{type:"string",multiple:!0},quiet:{type:"boolean",short:"q"},rules:{type:"string",multiple:!0},root:{type:"string"},"pr-author":{type:"string"},"changed-file":{type:"string",multiple:!0},base:{type:"string"},"approved-by":{type:"string",multiple:!0},decisions:{type:"string"},help:{type:"boolean",short:"h"}},1);if(t.help)return e.stdout(`${W}
`),c.ok;let o=d("--format",t.format??"text",R),n=N(d("--fail-on",t["fail-on"]??"high",D))??"high",i=Y(t.lang,e.env),y=U(t.today,e.today),p=l[0]??"security-manifest.yml",a=Z(t["min-severity"],t.area);if(t.quiet&&o!=="text")throw w("quiet-format",{format:o});let u=await $(t.rules??[],e,i);if(!u)return c.usage;let z=d("--decisions",t.decisions??"require-approval",C),E=s.resolve(e.cwd,t.root??s.dirname(p)),S=s.relative(E,s.resolve(e.cwd,p)).split(s.sep).join("/"),k={today:y,language:i,displayName:p,ruleSet:u,evidenceExists:A(E)},G=t.base===void 0?await F(s.resolve(e.cwd,p),{...k,pullRequest:B(t["pr-author"],t["changed-file"],S)}):await ee(p,t.base,e,{...k,pullRequest:{...B(t["pr-author"],t["changed-file"],S)??{changedFiles:[]},approvedBy:t["approved-by"]??[]}},z),m=H(G,a),v=await T(o,m,{language:i,ruleSet:u,color:o==="text"&&e.isTty&&!e.env.NO_COLOR,...o==="markdown"?{sizeLimit:1e6}:{}});return o==="text"&&m.errors.length>0?e.stderr(v):e.stdout(t.quiet?`${v.split(`
`,1)[0]}
`:v),m.errors.length>0?c.usage:j(m,n)?c.gaps:c.ok}function Z(r,e){return{...r===void 0?{}:{minSeverity:d("--min-severity",r,h)},...e===void 0?{}:{areas:e.flatMap(t=>t.split(",")).map(t=>d("--area",t.trim(),g))}}}function B(r,e,t){if(!(r===void 0&&e===void 0))return{author:r,changedFiles:e??[],checkFiles:[t]}}async function ee(r,e,t,l,o){let n=await V(s.resolve(t.cwd,r));if(typeof n!="string")return _(n,r,l);let i=await V(s.resolve(t.cwd,e));if(typeof i!="string")throw w("base-unreadable",{file:e,problem:i.problem.message},{file:e,problem:I(i,"de").message});return M({head:{file:r,text:n},base:{kind:"found",text:i},options:l,decisions:o})}async function V(r){try{return await O(r,"manifest")}catch(e){if(e instanceof x)return e;throw e}}export{W as CHECK_HELP,be as checkCommand};
