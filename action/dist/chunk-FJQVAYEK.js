import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as _}from"./chunk-PMRWAYWB.js";import{b as U}from"./chunk-PWZIOEWP.js";import{a as C}from"./chunk-NY6V4QXT.js";import{a as I,b,c as x,d as A}from"./chunk-TTD726IF.js";import{a as E,b as h,c}from"./chunk-WT67LJM4.js";import{a as g,c as j}from"./chunk-ASGG6B6A.js";import{a as R,e as N}from"./chunk-HKU4XZV4.js";import"./chunk-WYAC43D4.js";import"./chunk-OHDDS6OP.js";import{c as F}from"./chunk-EBGDARFL.js";import"./chunk-ER2KE37S.js";import"./chunk-4DUN3VCG.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import{a as S}from"./chunk-EQGDKCVE.js";import"./chunk-BRFKI7UF.js";import{a as k,c as O,e as L}from"./chunk-RRHCGECE.js";import"./chunk-MS3YBPOQ.js";import"./chunk-5EV64O6Y.js";import"./chunk-JZPSVTT2.js";import"./chunk-RHWGLWXA.js";import"./chunk-KHGPBTMF.js";import"./chunk-7UEB7DEF.js";import"./chunk-KIOCKEGG.js";import"./chunk-IYYF26LB.js";import"./chunk-T3RNKLWB.js";import{e as v,i as u}from"./chunk-PWPZJUYW.js";u();import{writeFileSync as H}from"node:fs";import m from"node:path";L();u();var J=v(U(),1),M=v(_(),1);var s=class extends E{name="ReportFileError"},y;function V(){if(!y){let r=new J.Ajv({allErrors:!0,strict:!1});M.default.default(r),y=r.compile(S)}return y}var P=3;function T(r){let t;try{t=JSON.parse(r)}catch(n){let o=n instanceof Error?n.message:String(n);throw new s(`not JSON (${o})`,`kein JSON (${o})`)}let e=V();if(!e(t)){let n=(e.errors??[]).map(p=>{let a=p.params.additionalProperty;return`${p.instancePath||"/"} ${p.message??"is invalid"}${a?` (${a})`:""}`}),o=n.length-P,i=n.slice(0,P).join("; ");throw new s(`not a JSON report of security-manifest check (schema/report.schema.json): ${i}${o>0?`; and ${o} more`:""}`,`kein JSON-Bericht von security-manifest check (schema/report.schema.json): ${i}${o>0?`; und ${o} weitere`:""}`)}return t}var W=`Usage: security-manifest report [FILE] --format html [options]

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
--since report, or a manifest that cannot be read (the page then says why).`;async function ce(r,t){let{values:e,positionals:n}=I(r,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},since:{type:"string"},output:{type:"string",short:"o"},rules:{type:"string",multiple:!0},root:{type:"string"},help:{type:"boolean",short:"h"}},1);if(e.help)return t.stdout(`${W}
`),c.ok;let o=A("--format",e.format??"html",g),i=b(e.lang,t.env),p=x(e.today,t.today),a=n[0]??"security-manifest.yml",w=e.since===void 0?void 0:await z(e.since,t),d=await C(e.rules??[],t);if(!d)return c.usage;let Y=m.resolve(t.cwd,e.root??m.dirname(a)),f=await N(m.resolve(t.cwd,a),{today:p,language:i,displayName:a,ruleSet:d,evidenceExists:R(Y)}),$=await j(o,f,{language:i,ruleSet:d,...w?{since:w}:{}});if(e.output===void 0?t.stdout($):(H(m.resolve(t.cwd,e.output),$),t.stderr(`security-manifest: wrote ${e.output}
`)),f.errors.length>0){for(let l of f.errors)t.stderr(`${l.file}:${l.line}:${l.column}: ${l.message}
`);return c.usage}return c.ok}async function z(r,t){try{return T(await F(m.resolve(t.cwd,r),"report",r))}catch(e){throw e instanceof k?new h(`--since ${r}: ${e.problem.message}`,`--since ${r}: ${O(e,"de").message}`):e instanceof s?new h(`--since ${r}: ${e.message}`,`--since ${r}: ${e.german}`):e}}export{W as REPORT_HELP,ce as reportCommand};
