import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as c,d}from"./chunk-A5KCTCDH.js";import{b as y,c as w,d as i}from"./chunk-VQ4BJI5R.js";import{b as h}from"./chunk-PA7U5EJR.js";import{a as f,c as g}from"./chunk-4OU4JCUP.js";import"./chunk-5EV64O6Y.js";import{e as u,g as k}from"./chunk-KHGPBTMF.js";import"./chunk-IYYF26LB.js";import"./chunk-KIOCKEGG.js";import"./chunk-T3RNKLWB.js";import{i as o}from"./chunk-PWPZJUYW.js";o();k();o();async function E(e){let n=await import("./chunk-4NZMR6PL.js"),a={input:e.input,output:e.output},r=t=>n.isCancel(t)?d:t;return{intro:t=>n.intro(t,a),text:async t=>r(await n.text({...a,message:t.message,placeholder:t.defaultValue,defaultValue:t.defaultValue,validate:s=>t.validate(s||t.defaultValue)})||t.defaultValue),select:async t=>r(await n.select({...a,message:t.message,options:t.options.map(s=>({value:s.value,label:s.label,hint:s.hint})),initialValue:t.initialValue})),multiselect:async t=>r(await n.multiselect({...a,message:t.message,options:t.options.map(s=>({value:s.value,label:s.label,hint:s.hint})),initialValues:t.initialValues,required:!1})),confirm:async t=>r(await n.confirm({...a,message:t.message,initialValue:t.initialValue,active:e.yes,inactive:e.no})),cancel:t=>n.cancel(t,a),outro:t=>n.outro(t,a)}}o();var x=`Usage: security-manifest <command> [options]

Security-by-design checks for SME development pipelines.

Commands:
  init [FILE]     write a commented starting manifest tailored to your company
  check [FILE]    check a security manifest and print its gap list
  import FORMAT FILE  take over what Security Insights, Threagile, OTM or Threat Dragon records
  report [FILE]   write the management report: one printable HTML page (--format html)
  org OWNER       check the manifest of every repository of an organisation (portfolio)
  explain RULE    explain a rule: what, why, how to fix, references, cases
  docs            print the rule reference (Markdown) generated from the packs
  schema          print the JSON Schema of the manifest format

Run \`security-manifest <command> --help\` for a command's options.
Options: -h, --help  show this help \xB7 -v, --version  show the version`,m={check:async(e,n)=>(await import("./chunk-CNEJUWZ3.js")).checkCommand(e,n),explain:async(e,n)=>(await import("./chunk-SLW4YROO.js")).explainCommand(e,n),docs:async(e,n)=>(await import("./chunk-EUEITH6K.js")).docsCommand(e,n),init:async(e,n)=>(await import("./chunk-PXRD3R3F.js")).initCommand(e,n),import:async(e,n)=>(await import("./chunk-3H4OKSCM.js")).importCommand(e,n),report:async(e,n)=>(await import("./chunk-NDMW6I6U.js")).reportCommand(e,n),org:async(e,n)=>(await import("./chunk-SC2EGFCX.js")).orgCommand(e,n),schema:async(e,n)=>(await import("./chunk-KJK4BUMS.js")).schemaCommand(e,n)};async function T(e,n){let[a,...r]=e;if(a===void 0||a==="-h"||a==="--help"||a==="help")return n.stdout(`${x}
`),a===void 0?i.usage:i.ok;if(a==="-v"||a==="--version")return n.stdout(`${h.version}
`),i.ok;let t=Object.hasOwn(m,a)?m[a]:void 0;try{if(!t){let s=g(a,Object.keys(m));throw w("unknown-command",{name:a,guess:s??""})}return await t(r,n)}catch(s){if(s instanceof y){let p=b(r,n.env),l=`\`security-manifest ${t?`${a} `:""}--help\``;return n.stderr(`security-manifest: ${s.text(p)}
${p==="de"?`Aufruf und Optionen: ${l}.`:`Run ${l} for usage.`}
`),i.usage}throw s}}function b(e,n){let a=e.indexOf("--lang"),t=(a>=0?e[a+1]:e.find(s=>s.startsWith("--lang="))?.slice(7))??n.SECURITY_MANIFEST_LANG;return t!==void 0&&f(t)?t:"en"}process.stdout.on("error",e=>{throw e.code==="EPIPE"&&process.exit(process.exitCode??0),e});T(process.argv.slice(2),{stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTty:!!process.stdout.isTTY,env:process.env,cwd:process.cwd(),today:u(),...process.stdin.isTTY&&process.stdout.isTTY?{prompts:e=>E({yes:c[e].yes,no:c[e].no})}:{}}).then(e=>{process.exitCode=e},e=>{process.stderr.write(`security-manifest: internal error: ${e instanceof Error?e.message:String(e)}
Please report this with the command you ran.
`),process.exitCode=2});
