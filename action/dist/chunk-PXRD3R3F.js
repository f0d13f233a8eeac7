import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as W}from"./chunk-4JWXOSDB.js";import{a as E,b as L,c as S,d as C,e as A,f as T,g as M,h as R,i as d,j as U,l as Z,m as H}from"./chunk-LA4U7JKR.js";import{a as $,b as D,c as G,d as x}from"./chunk-UJERCGO4.js";import{a as y,b as O,c as F,d as N}from"./chunk-A5KCTCDH.js";import{c as I,d as w}from"./chunk-VQ4BJI5R.js";import{a as _,e as V}from"./chunk-7OOM6IEP.js";import"./chunk-QLYPQLX6.js";import"./chunk-OHDDS6OP.js";import"./chunk-OZRCDM6B.js";import"./chunk-2ZFS5EAY.js";import"./chunk-MGC76RPL.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import"./chunk-PA7U5EJR.js";import"./chunk-4OU4JCUP.js";import"./chunk-WPXJLUZZ.js";import"./chunk-MS3YBPOQ.js";import"./chunk-ZERM4TEB.js";import"./chunk-5EV64O6Y.js";import"./chunk-JZPSVTT2.js";import{a as P}from"./chunk-ZBGRT42C.js";import"./chunk-RHWGLWXA.js";import"./chunk-KHGPBTMF.js";import"./chunk-7UEB7DEF.js";import{c as z,e as k}from"./chunk-IYYF26LB.js";import"./chunk-KIOCKEGG.js";import"./chunk-T3RNKLWB.js";import{i as h}from"./chunk-PWPZJUYW.js";h();import{existsSync as Q,mkdirSync as J,writeFileSync as K}from"node:fs";import u from"node:path";h();function pe(n,t=3){return n.findings.filter(z).map((i,e)=>({finding:i,index:e})).sort((i,e)=>k(e.finding.severity)-k(i.finding.severity)||i.index-e.index).slice(0,t).map(({finding:i})=>i)}function X(n,t,i){let e=y[i],o=pe(n);if(o.length===0)return`${e.noGaps}
`;let c=[e.firstThree];return o.forEach((r,s)=>{c.push(`  ${s+1}. ${P(r.message)} (${r.rule})`),r.remediation&&c.push(`     ${e.fix}: ${P(r.remediation)}`)}),c.push(e.runCheck(t)),`${c.join(`
`)}
`}h();var j=class extends Error{};async function Y(n,t,i){let e=y[i],o=a=>{if(a===N)throw new j;return a},c=(a,p,f)=>a.map(l=>({value:l,label:p[l]??l,...l===f?{hint:e.default}:{}})),r=a=>A(a)?void 0:e.oneLine,s=async(a,p,f,l)=>o(await n.select({message:a,options:c(p,f,l),initialValue:l}));try{n.intro(e.intro);let a=o(await n.text({message:e.project,defaultValue:t.project,validate:r})),p=o(await n.text({message:e.organisation,defaultValue:t.organisation,validate:r})),f=await s(e.phase,R,e.phases,t.phase),l=o(await n.text({message:e.staff,defaultValue:t.staffCount===void 0?"":String(t.staffCount),validate:v=>v===""||/^[1-9]\d{0,6}$/.test(v)?void 0:e.staffNumber})),m=l===""?void 0:Number(l),g=m===void 0?await s(e.size,E,e.sizes,t.size):T(m),b=await s(e.sector,L,O[i],t.sector),ee=o(await n.multiselect({message:e.topics,options:c(S,F[i],""),initialValues:[...t.topics]})),te=await s(e.confidentiality,d,e.levels,t.protection.confidentiality),ne=await s(e.integrity,d,e.levels,t.protection.integrity),ie=await s(e.availability,d,e.levels,t.protection.availability),oe=await s(e.nis2,C,e.nis2Values,t.nis2),re=o(await n.confirm({message:e.cra,initialValue:t.craProduct})),se=o(await n.text({message:e.lead,defaultValue:t.lead,validate:r})),ae=o(await n.text({message:e.sponsor,defaultValue:t.sponsor.name,validate:r})),ce=o(await n.text({message:e.sponsorRole,defaultValue:t.sponsor.role,validate:r})),le=o(await n.confirm({message:e.briefing,initialValue:t.briefing}));return{project:a||t.project,organisation:p||t.organisation,phase:f,size:g,...m===void 0?{}:{staffCount:m},sector:b,topics:S.filter(v=>ee.includes(v)),protection:{confidentiality:te,integrity:ne,availability:ie},nis2:oe,craProduct:re,lead:se||t.lead,sponsor:{name:ae||t.sponsor.name,role:ce||t.sponsor.role},briefing:le}}catch(a){if(!(a instanceof j))throw a;n.cancel(e.cancelled);return}}var fe=`Usage: security-manifest init [FILE] [options]

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

Exit status: 0 written, 2 usage error or the file exists, 130 cancelled (nothing written).`;async function $e(n,t){let{values:i,positionals:e}=$(n,{project:{type:"string"},organisation:{type:"string"},phase:{type:"string"},staff:{type:"string"},size:{type:"string"},sector:{type:"string"},topics:{type:"string"},confidentiality:{type:"string"},integrity:{type:"string"},availability:{type:"string"},nis2:{type:"string"},cra:{type:"boolean"},lead:{type:"string"},sponsor:{type:"string"},"sponsor-role":{type:"string"},"no-briefing":{type:"boolean"},lang:{type:"string"},today:{type:"string"},schema:{type:"string"},yes:{type:"boolean",short:"y"},stdout:{type:"boolean"},force:{type:"boolean"},help:{type:"boolean",short:"h"}},1);if(i.help)return t.stdout(`${fe}
`),w.ok;let o=e[0]??"security-manifest.yml",c=u.resolve(t.cwd,o),r=D(i.lang,t.env),s=G(i.today,t.today),a=x("--schema",i.schema??"url",["url","local"]),p=ge(i,u.basename(t.cwd),r);if(!i.stdout&&Q(c)&&!i.force)throw I("init-exists",{file:o});let f=t.prompts&&!i.yes&&!i.stdout?await Y(await t.prompts(r),p,r):p;if(!f)return w.cancelled;let l={...f,language:r,today:s,schema:a==="local"?H(c):Z},{manifest:m,companions:g}=U(l);return i.stdout?(t.stdout(m),w.ok):me(o,c,m,g,r,s,t)}async function me(n,t,i,e,o,c,r){let s=y[o],a=u.dirname(t);J(a,{recursive:!0}),K(t,i);let p=[s.wrote(n)];for(let m of e){let g=u.join(a,m.path),b=u.relative(r.cwd,g).split(u.sep).join("/");if(Q(g)){p.push(s.keptFile(b));continue}J(u.dirname(g),{recursive:!0}),K(g,m.text),p.push(s.wroteTemplate(b))}r.stdout(`${p.join(`
`)}

`);let f=await W([],r,o);if(!f)return w.usage;let l=await V(t,{today:c,language:o,ruleSet:f,displayName:n,evidenceExists:_(a)});return r.stdout(X(l,n,o)),w.ok}function ge(n,t,i){let e=M(t,i),o=(p,f)=>{let l=n[p];if(typeof l!="string")return f;if(!A(l))throw I("init-one-line",{name:p});return l},c=(p,f,l)=>{let m=n[p];return typeof m=="string"?x(`--${p}`,m,f):l},r=n.staff,s;if(typeof r=="string"){if(!/^[1-9]\d{0,6}$/.test(r))throw I("init-staff",{value:r});s=Number(r)}let a=c("size",E,s===void 0?e.size:T(s));if(s!==void 0&&a!==T(s))throw I("init-size-contradicts-staff",{size:a,staff:String(s),sizeForStaff:T(s)});return{project:o("project",e.project),organisation:o("organisation",e.organisation),phase:c("phase",R,e.phase),size:a,...s===void 0?{}:{staffCount:s},sector:c("sector",L,e.sector),topics:typeof n.topics=="string"?de(n.topics):e.topics,protection:{confidentiality:c("confidentiality",d,"normal"),integrity:c("integrity",d,"normal"),availability:c("availability",d,"normal")},nis2:c("nis2",C,e.nis2),craProduct:n.cra===!0,lead:o("lead",e.lead),sponsor:{name:o("sponsor",e.sponsor.name),role:o("sponsor-role",e.sponsor.role)},briefing:n["no-briefing"]!==!0}}function de(n){if(n.trim()==="none"||n.trim()==="")return[];let t=n.split(",").map(i=>x("--topics",i.trim(),S));return S.filter(i=>t.includes(i))}export{fe as INIT_HELP,ge as answersFromFlags,$e as initCommand};
