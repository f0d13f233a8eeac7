import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as T,b as M}from"./chunk-WNDWPLPK.js";import{a as W}from"./chunk-PMRWAYWB.js";import{b as H}from"./chunk-PWZIOEWP.js";import{a as P}from"./chunk-4JWXOSDB.js";import{a as I,b as A,c as C,d as J}from"./chunk-UJERCGO4.js";import{a as O,c as h,d as c}from"./chunk-VQ4BJI5R.js";import{a as g,c as j}from"./chunk-O5DUXVYG.js";import{a as x,e as F}from"./chunk-7OOM6IEP.js";import"./chunk-QLYPQLX6.js";import"./chunk-OHDDS6OP.js";import{c as R}from"./chunk-OZRCDM6B.js";import{d as k}from"./chunk-2ZFS5EAY.js";import"./chunk-MGC76RPL.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import{a as E}from"./chunk-PA7U5EJR.js";import"./chunk-4OU4JCUP.js";import{e as b,g as N,i as V}from"./chunk-WPXJLUZZ.js";import"./chunk-MS3YBPOQ.js";import"./chunk-ZERM4TEB.js";import"./chunk-5EV64O6Y.js";import"./chunk-JZPSVTT2.js";import"./chunk-ZBGRT42C.js";import"./chunk-RHWGLWXA.js";import"./chunk-KHGPBTMF.js";import"./chunk-7UEB7DEF.js";import"./chunk-IYYF26LB.js";import"./chunk-KIOCKEGG.js";import"./chunk-T3RNKLWB.js";import{e as v,i as u}from"./chunk-PWPZJUYW.js";u();import l from"node:path";V();u();var _=v(H(),1),B=v(W(),1);var i=class extends O{name="ReportFileError"},y;function G(){if(!y){let r=new _.Ajv({allErrors:!0,strict:!1,verbose:!0});B.default.default(r),y=r.compile(E)}return y}var Y=3;function D(r){let t;try{t=JSON.parse(r)}catch(n){let a=n instanceof Error?n.message:String(n);throw new i(`not JSON (${a})`,`kein JSON (${X(a)})`)}let e=G();if(!e(t)){let n=e.errors??[],a=n.map(o=>{let s=o.params.additionalProperty;return`${o.instancePath||"/"} ${o.message??"is invalid"}${s?` (${s})`:""}`}),p=k(n,"de").map(o=>o.message);throw new i(`not a JSON report of security-manifest check (schema/report.schema.json): ${L(a,o=>`and ${o} more`)}`,`kein JSON-Bericht von security-manifest check (schema/report.schema.json): ${L(p,o=>`und ${o} weitere`)}`)}return t}function L(r,t){let e=r.length-Y;return`${r.slice(0,Y).join("; ")}${e>0?`; ${t(e)}`:""}`}function X(r){let t=/line (\d+) column (\d+)/.exec(r);if(t)return`Syntaxfehler in Zeile ${t[1]}, Spalte ${t[2]}`;let e=/position (\d+)/.exec(r)?.[1];return e?`Syntaxfehler an Zeichen ${e}`:/end of JSON input/.test(r)?"der Text endet mitten im JSON":"Syntaxfehler"}var q=`Usage: security-manifest report [FILE] --format html [options]

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
  -o, --output <file>   write the page to this file, creating missing folders
                        (default: standard output)
  --rules <glob>        add your own rule packs (repeatable), e.g. --rules 'security/rules/*.yml'
  --root <dir>          repository root that evidence paths are relative to
                        (default: the manifest's folder)
  -h, --help            show this help

Exit status: 0 report written (open points do not fail it), 2 usage error, an unusable
--since report, or a manifest that cannot be read (the page then says why).`;async function he(r,t){let{values:e,positionals:n}=I(r,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},since:{type:"string"},output:{type:"string",short:"o"},rules:{type:"string",multiple:!0},root:{type:"string"},help:{type:"boolean",short:"h"}},1);if(e.help)return t.stdout(`${q}
`),c.ok;let a=J("--format",e.format??"html",g),p=A(e.lang,t.env),o=C(e.today,t.today),s=n[0]??"security-manifest.yml",w=e.since===void 0?void 0:await K(e.since,t),S=e.output===void 0?void 0:T(t,e.output),d=await P(e.rules??[],t,p);if(!d)return c.usage;let U=l.resolve(t.cwd,e.root??l.dirname(s)),f=await F(l.resolve(t.cwd,s),{today:o,language:p,displayName:s,ruleSet:d,evidenceExists:x(U)}),$=await j(a,f,{language:p,ruleSet:d,...w?{since:w}:{}});if(e.output===void 0||S===void 0?t.stdout($):M(t,e.output,S,$),f.errors.length>0){for(let m of f.errors)t.stderr(`${m.file}:${m.line}:${m.column}: ${m.message}
`);return c.usage}return c.ok}async function K(r,t){try{return D(await R(l.resolve(t.cwd,r),"report",r))}catch(e){throw e instanceof b?h("since-unreadable",{file:r,problem:e.problem.message},{file:r,problem:N(e,"de").message}):e instanceof i?h("since-unreadable",{file:r,problem:e.message},{file:r,problem:e.german}):e}}export{q as REPORT_HELP,he as reportCommand};
