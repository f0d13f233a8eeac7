import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as n}from"./chunk-4FTTL5GD.js";import{t as a,u as d}from"./chunk-PYVGOVIF.js";import{a as l,d as i,e as u}from"./chunk-RRHCGECE.js";import{i as t}from"./chunk-PWPZJUYW.js";t();u();async function R(c,r){let{files:m,unmatched:o}=await a(c,r.cwd);if(o.length>0)throw new n(`--rules ${o.map(e=>`"${e}"`).join(", ")} matches no file`);try{return await d(m,{cwd:r.cwd})}catch(e){if(!(e instanceof l))throw e;r.stderr(`A rule pack could not be loaded:
${i(e.problem)}
`);return}}export{R as a};
