import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as G}from"./chunk-IJ5H643R.js";import{a as E,b as L,c as T,d as C,e as A,f as S,g as M,h as R,i as d,j as W,l as Z,m as H}from"./chunk-6I432UFX.js";import{a as V,b as D,c as U,d as x}from"./chunk-J2HPXCN6.js";import{a as y,b as O,c as $,d as F}from"./chunk-A5KCTCDH.js";import{a as b,b as w}from"./chunk-4FTTL5GD.js";import{a as z,e as _}from"./chunk-MM6CBMMI.js";import"./chunk-PYVGOVIF.js";import"./chunk-OHDDS6OP.js";import"./chunk-IAOVIS75.js";import"./chunk-YQFEU54G.js";import"./chunk-UUCUR35I.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import"./chunk-B7K2LTCB.js";import"./chunk-QCVRTFGI.js";import"./chunk-RRHCGECE.js";import"./chunk-MS3YBPOQ.js";import"./chunk-5EV64O6Y.js";import"./chunk-JZPSVTT2.js";import{a as P}from"./chunk-ZBGRT42C.js";import"./chunk-RHWGLWXA.js";import"./chunk-KHGPBTMF.js";import"./chunk-7UEB7DEF.js";import"./chunk-KIOCKEGG.js";import{c as N,e as k}from"./chunk-IYYF26LB.js";import"./chunk-T3RNKLWB.js";import{i as h}from"./chunk-PWPZJUYW.js";h();import{existsSync as Q,mkdirSync as J,writeFileSync as K}from"node:fs";import u from"node:path";h();function pe(n,t=3){return n.findings.filter(N).map((i,e)=>({finding:i,index:e})).sort((i,e)=>k(e.finding.severity)-k(i.finding.severity)||i.index-e.index).slice(0,t).map(({finding:i})=>i)}function X(n,t,i){let e=y[i],o=pe(n);if(o.length===0)return`${e.noGaps}
`;let c=[e.firstThree];return o.forEach((s,r)=>{c.push(`  ${r+1}. ${P(s.message)} (${s.rule})`),s.remediation&&c.push(`     ${e.fix}: ${P(s.remediation)}`)}),c.push(e.runCheck(t)),`${c.join(`
`)}
`}h();var j=class extends Error{};async function Y(n,t,i){let e=y[i],o=a=>{if(a===F)throw new j;return a},c=(a,p,f)=>a.map(l=>({value:l,label:p[l]??l,...l===f?{hint:e.default}:{}})),s=a=>A(a)?void 0:e.oneLine,r=async(a,p,f,l)=>o(await n.select({message:a,options:c(p,f,l),initialValue:l}));try{n.intro(e.intro);let a=o(await n.text({message:e.project,defaultValue:t.project,validate:s})),p=o(await n.text({message:e.organisation,defaultValue:t.organisation,validate:s})),f=await r(e.phase,R,e.phases,t.phase),l=o(await n.text({message:e.staff,defaultValue:t.staffCount===void 0?"":String(t.staffCount),validate:v=>v===""||/^[1-9]\d{0,6}$/.test(v)?void 0:e.staffNumber})),m=l===""?void 0:Number(l),g=m===void 0?await r(e.size,E,e.sizes,t.size):S(m),I=await r(e.sector,L,O[i],t.sector),ee=o(await n.multiselect({message:e.topics,options:c(T,$[i],""),initialValues:[...t.topics]})),te=await r(e.confidentiality,d,e.levels,t.protection.confidentiality),ne=await r(e.integrity,d,e.levels,t.protection.integrity),ie=await r(e.availability,d,e.levels,t.protection.availability),oe=await r(e.nis2,C,e.nis2Values,t.nis2),re=o(await n.confirm({message:e.cra,initialValue:t.craProduct})),se=o(await n.text({message:e.lead,defaultValue:t.lead,validate:s})),ae=o(await n.text({message:e.sponsor,defaultValue:t.sponsor.name,validate:s})),ce=o(await n.text({message:e.sponsorRole,defaultValue:t.sponsor.role,validate:s})),le=o(await n.confirm({message:e.briefing,initialValue:t.briefing}));return{project:a||t.project,organisation:p||t.organisation,phase:f,size:g,...m===void 0?{}:{staffCount:m},sector:I,topics:T.filter(v=>ee.includes(v)),protection:{confidentiality:te,integrity:ne,availability:ie},nis2:oe,craProduct:re,lead:se||t.lead,sponsor:{name:ae||t.sponsor.name,role:ce||t.sponsor.role},briefing:le}}catch(a){if(!(a instanceof j))throw a;n.cancel(e.cancelled);return}}var fe=`Usage: security-manifest init [FILE] [options]

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

Exit status: 0 written, 2 usage error or the file exists, 130 cancelled (nothing written).`;async function Ve(n,t){let{values:i,positionals:e}=V(n,{project:{type:"string"},organisation:{type:"string"},phase:{type:"string"},staff:{type:"string"},size:{type:"string"},sector:{type:"string"},topics:{type:"string"},confidentiality:{type:"string"},integrity:{type:"string"},availability:{type:"string"},nis2:{type:"string"},cra:{type:"boolean"},lead:{type:"string"},sponsor:{type:"string"},"sponsor-role":{type:"string"},"no-briefing":{type:"boolean"},lang:{type:"string"},today:{type:"string"},schema:{type:"string"},yes:{type:"boolean",short:"y"},stdout:{type:"boolean"},force:{type:"boolean"},help:{type:"boolean",short:"h"}},1);if(i.help)return t.stdout(`${fe}
`),w.ok;let o=e[0]??"security-manifest.yml",c=u.resolve(t.cwd,o),s=D(i.lang,t.env),r=U(i.today,t.today),a=x("--schema",i.schema??"url",["url","local"]),p=ge(i,u.basename(t.cwd),s);if(!i.stdout&&Q(c)&&!i.force)throw new b(`${o} exists already; use --force to overwrite it or name another file`);let f=t.prompts&&!i.yes&&!i.stdout?await Y(await t.prompts(s),p,s):p;if(!f)return w.cancelled;let l={...f,language:s,today:r,schema:a==="local"?H(c):Z},{manifest:m,companions:g}=W(l);return i.stdout?(t.stdout(m),w.ok):me(o,c,m,g,s,r,t)}async function me(n,t,i,e,o,c,s){let r=y[o],a=u.dirname(t);J(a,{recursive:!0}),K(t,i);let p=[r.wrote(n)];for(let m of e){let g=u.join(a,m.path),I=u.relative(s.cwd,g).split(u.sep).join("/");if(Q(g)){p.push(r.keptFile(I));continue}J(u.dirname(g),{recursive:!0}),K(g,m.text),p.push(r.wroteTemplate(I))}s.stdout(`${p.join(`
`)}

`);let f=await G([],s);if(!f)return w.usage;let l=await _(t,{today:c,language:o,ruleSet:f,displayName:n,evidenceExists:z(a)});return s.stdout(X(l,n,o)),w.ok}function ge(n,t,i){let e=M(t,i),o=(p,f)=>{let l=n[p];if(typeof l!="string")return f;if(!A(l))throw new b(`--${p} must be one line without leading or trailing spaces`);return l},c=(p,f,l)=>{let m=n[p];return typeof m=="string"?x(`--${p}`,m,f):l},s=n.staff,r;if(typeof s=="string"){if(!/^[1-9]\d{0,6}$/.test(s))throw new b(`--staff must be a whole number of at least 1, not "${s}"`);r=Number(s)}let a=c("size",E,r===void 0?e.size:S(r));if(r!==void 0&&a!==S(r))throw new b(`--size ${a} contradicts --staff ${r}: by the EU SME definition ${r} staff is ${S(r)}; leave out --size or correct one of them`);return{project:o("project",e.project),organisation:o("organisation",e.organisation),phase:c("phase",R,e.phase),size:a,...r===void 0?{}:{staffCount:r},sector:c("sector",L,e.sector),topics:typeof n.topics=="string"?de(n.topics):e.topics,protection:{confidentiality:c("confidentiality",d,"normal"),integrity:c("integrity",d,"normal"),availability:c("availability",d,"normal")},nis2:c("nis2",C,e.nis2),craProduct:n.cra===!0,lead:o("lead",e.lead),sponsor:{name:o("sponsor",e.sponsor.name),role:o("sponsor-role",e.sponsor.role)},briefing:n["no-briefing"]!==!0}}function de(n){if(n.trim()==="none"||n.trim()==="")return[];let t=n.split(",").map(i=>x("--topics",i.trim(),T));return T.filter(i=>t.includes(i))}export{fe as INIT_HELP,ge as answersFromFlags,Ve as initCommand};
