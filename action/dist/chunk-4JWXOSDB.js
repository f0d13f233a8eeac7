import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{c as a}from"./chunk-VQ4BJI5R.js";import{t as d,u}from"./chunk-QLYPQLX6.js";import{e as i,g as m,h as l,i as w}from"./chunk-WPXJLUZZ.js";import{a as c}from"./chunk-ZERM4TEB.js";import{i as n}from"./chunk-PWPZJUYW.js";n();w();async function C(f,e,o){let{files:s,unmatched:t}=await d(f,e.cwd);if(t.length>0)throw a("rules-no-match",{patterns:t.map(r=>`"${r}"`).join(", ")});try{return await u(s,{cwd:e.cwd})}catch(r){if(!(r instanceof i))throw r;let p=l(m(r,o),o);e.stderr(`${c(o).common.rulePackUnreadable}:
${p}
`);return}}export{C as a};
