import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as U}from"./chunk-PMRWAYWB.js";import{b as D}from"./chunk-PWZIOEWP.js";import{a as J}from"./chunk-4JWXOSDB.js";import{a as j,b as I,c as A,d as C}from"./chunk-UJERCGO4.js";import{a as E,c as h,d as c}from"./chunk-VQ4BJI5R.js";import{a as g,c as F}from"./chunk-O5DUXVYG.js";import{a as x,e as k}from"./chunk-MGUC4TUP.js";import"./chunk-QLYPQLX6.js";import"./chunk-OHDDS6OP.js";import{c as N}from"./chunk-OZRCDM6B.js";import{d as R}from"./chunk-2ZFS5EAY.js";import"./chunk-MGC76RPL.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import{a as v}from"./chunk-PA7U5EJR.js";import"./chunk-4OU4JCUP.js";import{e as b,g as O,i as B}from"./chunk-WPXJLUZZ.js";import"./chunk-MS3YBPOQ.js";import"./chunk-ZERM4TEB.js";import"./chunk-5EV64O6Y.js";import"./chunk-JZPSVTT2.js";import"./chunk-RHWGLWXA.js";import"./chunk-KHGPBTMF.js";import"./chunk-7UEB7DEF.js";import"./chunk-IYYF26LB.js";import"./chunk-KIOCKEGG.js";import"./chunk-T3RNKLWB.js";import{e as $,i as u}from"./chunk-PWPZJUYW.js";u();import{writeFileSync as z}from"node:fs";import m from"node:path";B();u();var M=$(D(),1),Y=$(U(),1);var i=class extends E{name="ReportFileError"},y;function W(){if(!y){let r=new M.Ajv({allErrors:!0,strict:!1,verbose:!0});Y.default.default(r),y=r.compile(v)}return y}var P=3;function L(r){let t;try{t=JSON.parse(r)}catch(n){let a=n instanceof Error?n.message:String(n);throw new i(`not JSON (${a})`,`kein JSON (${Z(a)})`)}let e=W();if(!e(t)){let n=e.errors??[],a=n.map(o=>{let s=o.params.additionalProperty;return`${o.instancePath||"/"} ${o.message??"is invalid"}${s?` (${s})`:""}`}),p=R(n,"de").map(o=>o.message);throw new i(`not a JSON report of security-manifest check (schema/report.schema.json): ${T(a,o=>`and ${o} more`)}`,`kein JSON-Bericht von security-manifest check (schema/report.schema.json): ${T(p,o=>`und ${o} weitere`)}`)}return t}function T(r,t){let e=r.length-P;return`${r.slice(0,P).join("; ")}${e>0?`; ${t(e)}`:""}`}function Z(r){let t=/line (\d+) column (\d+)/.exec(r);if(t)return`Syntaxfehler in Zeile ${t[1]}, Spalte ${t[2]}`;let e=/position (\d+)/.exec(r)?.[1];return e?`Syntaxfehler an Zeichen ${e}`:/end of JSON input/.test(r)?"der Text endet mitten im JSON":"Syntaxfehler"}var G=`Usage: security-manifest report [FILE] --format html [options]

Writes the management report: one self-contained, printable page (A4) in plain language with
the verdict, the DIN SPEC 27076 status value, the risk heat map, the decisions for management,
acceptances and waivers running out, training per role, the next due dates, the open points by
area and, with --since, what changed since an earlier report.

Arguments:
  FILE                  the manifest (default: security-manifest.yml)

Options:
  --format <format>     ${g.join(" | ")} (default: html; the others as \`check\` writes them)
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --today <date>        evaluate as of this date, YYYY-MM-DD (default: today, UTC)
  --since <report.json> compare with an earlier JSON report (\`check --format json\`)
  --output <file>       write the page to this file (default: standard output)
  --rules <glob>        add your own rule packs (repeatable), e.g. --rules 'security/rules/*.yml'
  --root <dir>          repository root that evidence paths are relative to
                        (default: the manifest's folder)
  -h, --help            show this help

Exit status: 0 report written (open points do not fail it), 2 usage error, an unusable
--since report, or a manifest that cannot be read (the page then says why).`;async function de(r,t){let{values:e,positionals:n}=j(r,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},since:{type:"string"},output:{type:"string",short:"o"},rules:{type:"string",multiple:!0},root:{type:"string"},help:{type:"boolean",short:"h"}},1);if(e.help)return t.stdout(`${G}
`),c.ok;let a=C("--format",e.format??"html",g),p=I(e.lang,t.env),o=A(e.today,t.today),s=n[0]??"security-manifest.yml",w=e.since===void 0?void 0:await X(e.since,t),d=await J(e.rules??[],t,p);if(!d)return c.usage;let _=m.resolve(t.cwd,e.root??m.dirname(s)),f=await k(m.resolve(t.cwd,s),{today:o,language:p,displayName:s,ruleSet:d,evidenceExists:x(_)}),S=await F(a,f,{language:p,ruleSet:d,...w?{since:w}:{}});if(e.output===void 0?t.stdout(S):(z(m.resolve(t.cwd,e.output),S),t.stderr(`security-manifest: wrote ${e.output}
`)),f.errors.length>0){for(let l of f.errors)t.stderr(`${l.file}:${l.line}:${l.column}: ${l.message}
`);return c.usage}return c.ok}async function X(r,t){try{return L(await N(m.resolve(t.cwd,r),"report",r))}catch(e){throw e instanceof b?h("since-unreadable",{file:r,problem:e.problem.message},{file:r,problem:O(e,"de").message}):e instanceof i?h("since-unreadable",{file:r,problem:e.message},{file:r,problem:e.german}):e}}export{G as REPORT_HELP,de as reportCommand};
