import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as m,d}from"./chunk-A5KCTCDH.js";import{a as c,b as i}from"./chunk-4FTTL5GD.js";import{b as f}from"./chunk-B7K2LTCB.js";import{a as u}from"./chunk-QCVRTFGI.js";import"./chunk-5EV64O6Y.js";import{e as l,g as C}from"./chunk-KHGPBTMF.js";import"./chunk-IYYF26LB.js";import"./chunk-T3RNKLWB.js";import{i as n}from"./chunk-PWPZJUYW.js";n();C();n();async function g(e){let a=await import("./chunk-4NZMR6PL.js"),s={input:e.input,output:e.output},o=t=>a.isCancel(t)?d:t;return{intro:t=>a.intro(t,s),text:async t=>o(await a.text({...s,message:t.message,placeholder:t.defaultValue,defaultValue:t.defaultValue,validate:r=>t.validate(r||t.defaultValue)})||t.defaultValue),select:async t=>o(await a.select({...s,message:t.message,options:t.options.map(r=>({value:r.value,label:r.label,hint:r.hint})),initialValue:t.initialValue})),multiselect:async t=>o(await a.multiselect({...s,message:t.message,options:t.options.map(r=>({value:r.value,label:r.label,hint:r.hint})),initialValues:t.initialValues,required:!1})),confirm:async t=>o(await a.confirm({...s,message:t.message,initialValue:t.initialValue,active:e.yes,inactive:e.no})),cancel:t=>a.cancel(t,s),outro:t=>a.outro(t,s)}}n();var v=`Usage: security-manifest <command> [options]

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
Options: -h, --help  show this help \xB7 -v, --version  show the version`,p={check:async(e,a)=>(await import("./chunk-4HYNKDWY.js")).checkCommand(e,a),explain:async(e,a)=>(await import("./chunk-RY2R7I7G.js")).explainCommand(e,a),docs:async(e,a)=>(await import("./chunk-2B5Y3BMW.js")).docsCommand(e,a),init:async(e,a)=>(await import("./chunk-SPOTVO4B.js")).initCommand(e,a),import:async(e,a)=>(await import("./chunk-PC7NLKKT.js")).importCommand(e,a),report:async(e,a)=>(await import("./chunk-ZFDFLT37.js")).reportCommand(e,a),org:async(e,a)=>(await import("./chunk-7EOD5YDM.js")).orgCommand(e,a),schema:async(e,a)=>(await import("./chunk-A4O35FG6.js")).schemaCommand(e,a)};async function w(e,a){let[s,...o]=e;if(s===void 0||s==="-h"||s==="--help"||s==="help")return a.stdout(`${v}
`),s===void 0?i.usage:i.ok;if(s==="-v"||s==="--version")return a.stdout(`${f.version}
`),i.ok;let t=Object.hasOwn(p,s)?p[s]:void 0;try{if(!t){let r=u(s,Object.keys(p));throw new c(`unknown command "${s}"${r?` \u2014 did you mean \`security-manifest ${r}\`?`:""}`)}return await t(o,a)}catch(r){if(r instanceof c)return a.stderr(`security-manifest: ${r.message}
Run \`security-manifest ${t?`${s} `:""}--help\` for usage.
`),i.usage;throw r}}process.stdout.on("error",e=>{throw e.code==="EPIPE"&&process.exit(process.exitCode??0),e});w(process.argv.slice(2),{stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e),isTty:!!process.stdout.isTTY,env:process.env,cwd:process.cwd(),today:l(),...process.stdin.isTTY&&process.stdout.isTTY?{prompts:e=>g({yes:m[e].yes,no:m[e].no})}:{}}).then(e=>{process.exitCode=e},e=>{process.stderr.write(`security-manifest: internal error: ${e instanceof Error?e.message:String(e)}
Please report this with the command you ran.
`),process.exitCode=2});
