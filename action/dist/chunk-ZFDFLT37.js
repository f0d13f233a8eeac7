import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as L}from"./chunk-PMRWAYWB.js";import{b as J}from"./chunk-PWZIOEWP.js";import{a as A}from"./chunk-IJ5H643R.js";import{a as k,b as I,c as N,d as x}from"./chunk-J2HPXCN6.js";import{a as h,b as s}from"./chunk-4FTTL5GD.js";import{a as g,c as j}from"./chunk-4ETQDTZI.js";import{a as S,e as O}from"./chunk-MM6CBMMI.js";import"./chunk-PYVGOVIF.js";import"./chunk-OHDDS6OP.js";import{c as F}from"./chunk-IAOVIS75.js";import"./chunk-YQFEU54G.js";import"./chunk-UUCUR35I.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import{a as E}from"./chunk-B7K2LTCB.js";import"./chunk-QCVRTFGI.js";import{a as R,e as Y}from"./chunk-RRHCGECE.js";import"./chunk-MS3YBPOQ.js";import"./chunk-5EV64O6Y.js";import"./chunk-JZPSVTT2.js";import"./chunk-RHWGLWXA.js";import"./chunk-KHGPBTMF.js";import"./chunk-7UEB7DEF.js";import"./chunk-KIOCKEGG.js";import"./chunk-IYYF26LB.js";import"./chunk-T3RNKLWB.js";import{e as $,i as l}from"./chunk-PWPZJUYW.js";l();import{writeFileSync as V}from"node:fs";import i from"node:path";Y();l();var b=$(J(),1),P=$(L(),1);var a=class extends Error{name="ReportFileError"},y;function D(){if(!y){let r=new b.Ajv({allErrors:!0,strict:!1});P.default.default(r),y=r.compile(E)}return y}var C=3;function M(r){let t;try{t=JSON.parse(r)}catch(o){throw new a(`not JSON (${o instanceof Error?o.message:String(o)})`)}let e=D();if(!e(t)){let o=(e.errors??[]).map(n=>{let c=n.params.additionalProperty;return`${n.instancePath||"/"} ${n.message??"is invalid"}${c?` (${c})`:""}`}),p=o.length-C;throw new a(`not a JSON report of security-manifest check (schema/report.schema.json): ${o.slice(0,C).join("; ")}${p>0?`; and ${p} more`:""}`)}return t}var H=`Usage: security-manifest report [FILE] --format html [options]

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
--since report, or a manifest that cannot be read (the page then says why).`;async function se(r,t){let{values:e,positionals:o}=k(r,{format:{type:"string"},lang:{type:"string"},today:{type:"string"},since:{type:"string"},output:{type:"string",short:"o"},rules:{type:"string",multiple:!0},root:{type:"string"},help:{type:"boolean",short:"h"}},1);if(e.help)return t.stdout(`${H}
`),s.ok;let p=x("--format",e.format??"html",g),n=I(e.lang,t.env),c=N(e.today,t.today),u=o[0]??"security-manifest.yml",w=e.since===void 0?void 0:await W(e.since,t),d=await A(e.rules??[],t);if(!d)return s.usage;let T=i.resolve(t.cwd,e.root??i.dirname(u)),f=await O(i.resolve(t.cwd,u),{today:c,language:n,displayName:u,ruleSet:d,evidenceExists:S(T)}),v=await j(p,f,{language:n,ruleSet:d,...w?{since:w}:{}});if(e.output===void 0?t.stdout(v):(V(i.resolve(t.cwd,e.output),v),t.stderr(`security-manifest: wrote ${e.output}
`)),f.errors.length>0){for(let m of f.errors)t.stderr(`${m.file}:${m.line}:${m.column}: ${m.message}
`);return s.usage}return s.ok}async function W(r,t){try{return M(await F(i.resolve(t.cwd,r),"report",r))}catch(e){throw e instanceof R?new h(`--since ${r}: ${e.problem.message}`):e instanceof a?new h(`--since ${r}: ${e.message}`):e}}export{H as REPORT_HELP,se as reportCommand};
