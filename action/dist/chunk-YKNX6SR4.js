import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as G}from"./chunk-NY6V4QXT.js";import{a as x,b as L,c as S,d as A,e as C,f as u,g as W,h as $,i as g,j as Z,l as H,m as B}from"./chunk-CQ3JDUPY.js";import{a as D,b as U,c as M,d as E}from"./chunk-TTD726IF.js";import{a as w,b as P,c as O,d as z}from"./chunk-A5KCTCDH.js";import{b as T,c as b}from"./chunk-WT67LJM4.js";import{a as N,e as V}from"./chunk-HKU4XZV4.js";import"./chunk-WYAC43D4.js";import"./chunk-OHDDS6OP.js";import"./chunk-EBGDARFL.js";import"./chunk-ER2KE37S.js";import"./chunk-4DUN3VCG.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import"./chunk-EQGDKCVE.js";import"./chunk-BRFKI7UF.js";import"./chunk-RRHCGECE.js";import"./chunk-MS3YBPOQ.js";import"./chunk-5EV64O6Y.js";import"./chunk-JZPSVTT2.js";import{a as j}from"./chunk-ZBGRT42C.js";import"./chunk-RHWGLWXA.js";import"./chunk-KHGPBTMF.js";import"./chunk-7UEB7DEF.js";import{a as _}from"./chunk-KIOCKEGG.js";import{c as F,e as k}from"./chunk-IYYF26LB.js";import"./chunk-T3RNKLWB.js";import{i as y}from"./chunk-PWPZJUYW.js";y();import{existsSync as ee,mkdirSync as J,writeFileSync as Q}from"node:fs";import h from"node:path";y();function fe(n,t=3){return n.findings.filter(F).map((i,e)=>({finding:i,index:e})).sort((i,e)=>k(e.finding.severity)-k(i.finding.severity)||i.index-e.index).slice(0,t).map(({finding:i})=>i)}function X(n,t,i){let e=w[i],r=fe(n);if(r.length===0)return`${e.noGaps}
`;let c=[e.firstThree];return r.forEach((s,o)=>{c.push(`  ${o+1}. ${j(s.message)} (${s.rule})`),s.remediation&&c.push(`     ${e.fix}: ${j(s.remediation)}`)}),c.push(e.runCheck(t)),`${c.join(`
`)}
`}y();var R=class extends Error{};async function Y(n,t,i){let e=w[i],r=a=>{if(a===z)throw new R;return a},c=(a,p,f)=>a.map(l=>({value:l,label:p[l]??l,...l===f?{hint:e.default}:{}})),s=a=>C(a)?void 0:e.oneLine,o=async(a,p,f,l)=>r(await n.select({message:a,options:c(p,f,l),initialValue:l}));try{n.intro(e.intro);let a=r(await n.text({message:e.project,defaultValue:t.project,validate:s})),p=r(await n.text({message:e.organisation,defaultValue:t.organisation,validate:s})),f=await o(e.phase,$,e.phases,t.phase),l=r(await n.text({message:e.staff,defaultValue:t.staffCount===void 0?"":String(t.staffCount),validate:v=>v===""||/^[1-9]\d{0,6}$/.test(v)?void 0:e.staffNumber})),m=l===""?void 0:Number(l),d=m===void 0?await o(e.size,x,e.sizes,t.size):u(m),I=await o(e.sector,L,P[i],t.sector),te=r(await n.multiselect({message:e.topics,options:c(S,O[i],""),initialValues:[...t.topics]})),ne=await o(e.confidentiality,g,e.levels,t.protection.confidentiality),ie=await o(e.integrity,g,e.levels,t.protection.integrity),oe=await o(e.availability,g,e.levels,t.protection.availability),re=await o(e.nis2,A,e.nis2Values,t.nis2),se=r(await n.confirm({message:e.cra,initialValue:t.craProduct})),ae=r(await n.text({message:e.lead,defaultValue:t.lead,validate:s})),ce=r(await n.text({message:e.sponsor,defaultValue:t.sponsor.name,validate:s})),le=r(await n.text({message:e.sponsorRole,defaultValue:t.sponsor.role,validate:s})),pe=r(await n.confirm({message:e.briefing,initialValue:t.briefing}));return{project:a||t.project,organisation:p||t.organisation,phase:f,size:d,...m===void 0?{}:{staffCount:m},sector:I,topics:S.filter(v=>te.includes(v)),protection:{confidentiality:ne,integrity:ie,availability:oe},nis2:re,craProduct:se,lead:ae||t.lead,sponsor:{name:ce||t.sponsor.name,role:le||t.sponsor.role},briefing:pe}}catch(a){if(!(a instanceof R))throw a;n.cancel(e.cancelled);return}}var me=`Usage: security-manifest init [FILE] [options]

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

Exit status: 0 written, 2 usage error or the file exists, 130 cancelled (nothing written).`;async function Ue(n,t){let{values:i,positionals:e}=D(n,{project:{type:"string"},organisation:{type:"string"},phase:{type:"string"},staff:{type:"string"},size:{type:"string"},sector:{type:"string"},topics:{type:"string"},confidentiality:{type:"string"},integrity:{type:"string"},availability:{type:"string"},nis2:{type:"string"},cra:{type:"boolean"},lead:{type:"string"},sponsor:{type:"string"},"sponsor-role":{type:"string"},"no-briefing":{type:"boolean"},lang:{type:"string"},today:{type:"string"},schema:{type:"string"},yes:{type:"boolean",short:"y"},stdout:{type:"boolean"},force:{type:"boolean"},help:{type:"boolean",short:"h"}},1);if(i.help)return t.stdout(`${me}
`),b.ok;let r=e[0]??"security-manifest.yml",c=h.resolve(t.cwd,r),s=U(i.lang,t.env),o=M(i.today,t.today),a=E("--schema",i.schema??"url",["url","local"]),p=ge(i,h.basename(t.cwd),s);if(!i.stdout&&ee(c)&&!i.force)throw new T(`${r} exists already; use --force to overwrite it or name another file`,`${r} gibt es schon; mit --force wird die Datei \xFCberschrieben, oder nennen Sie eine andere`);let f=t.prompts&&!i.yes&&!i.stdout?await Y(await t.prompts(s),p,s):p;if(!f)return b.cancelled;let l={...f,language:s,today:o,schema:a==="local"?B(c):H},{manifest:m,companions:d}=Z(l);return i.stdout?(t.stdout(m),b.ok):de(r,c,m,d,s,o,t)}async function de(n,t,i,e,r,c,s){let o=w[r],a=h.dirname(t);J(a,{recursive:!0}),Q(t,i);let p=[o.wrote(n)];for(let m of e){let d=h.join(a,m.path),I=h.relative(s.cwd,d).split(h.sep).join("/");if(ee(d)){p.push(o.keptFile(I));continue}J(h.dirname(d),{recursive:!0}),Q(d,m.text),p.push(o.wroteTemplate(I))}s.stdout(`${p.join(`
`)}

`);let f=await G([],s);if(!f)return b.usage;let l=await V(t,{today:c,language:r,ruleSet:f,displayName:n,evidenceExists:N(a)});return s.stdout(X(l,n,r)),b.ok}function ge(n,t,i){let e=W(t,i),r=(p,f)=>{let l=n[p];if(typeof l!="string")return f;if(!C(l))throw new T(`--${p} must be one line without leading or trailing spaces`,`--${p} muss eine Zeile ohne Leerzeichen am Anfang oder Ende sein`);return l},c=(p,f,l)=>{let m=n[p];return typeof m=="string"?E(`--${p}`,m,f):l},s=n.staff,o;if(typeof s=="string"){if(!/^[1-9]\d{0,6}$/.test(s))throw new T(`--staff must be a whole number of at least 1, not "${s}"`,`--staff muss eine ganze Zahl ab 1 sein, nicht "${s}"`);o=Number(s)}let a=c("size",x,o===void 0?e.size:u(o));if(o!==void 0&&a!==u(o))throw new T(`--size ${a} contradicts --staff ${o}: by the EU SME definition ${o} staff is ${u(o)}; leave out --size or correct one of them`,`--size ${a} widerspricht --staff ${o}: nach der KMU-Definition der EU sind ${o} Besch\xE4ftigte ${_("size",u(o),"de")}; lassen Sie --size weg oder korrigieren Sie eine der Angaben`);return{project:r("project",e.project),organisation:r("organisation",e.organisation),phase:c("phase",$,e.phase),size:a,...o===void 0?{}:{staffCount:o},sector:c("sector",L,e.sector),topics:typeof n.topics=="string"?ue(n.topics):e.topics,protection:{confidentiality:c("confidentiality",g,"normal"),integrity:c("integrity",g,"normal"),availability:c("availability",g,"normal")},nis2:c("nis2",A,e.nis2),craProduct:n.cra===!0,lead:r("lead",e.lead),sponsor:{name:r("sponsor",e.sponsor.name),role:r("sponsor-role",e.sponsor.role)},briefing:n["no-briefing"]!==!0}}function ue(n){if(n.trim()==="none"||n.trim()==="")return[];let t=n.split(",").map(i=>E("--topics",i.trim(),S));return S.filter(i=>t.includes(i))}export{me as INIT_HELP,ge as answersFromFlags,Ue as initCommand};
