import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as n}from"./chunk-WT67LJM4.js";import{t as l,u}from"./chunk-WYAC43D4.js";import{a,d as i,e as c}from"./chunk-RRHCGECE.js";import{i as t}from"./chunk-PWPZJUYW.js";t();c();async function R(d,r){let{files:m,unmatched:o}=await l(d,r.cwd);if(o.length>0)throw new n(`--rules ${o.map(e=>`"${e}"`).join(", ")} matches no file`,`--rules ${o.map(e=>`"${e}"`).join(", ")} passt auf keine Datei`);try{return await u(m,{cwd:r.cwd})}catch(e){if(!(e instanceof a))throw e;r.stderr(`A rule pack could not be loaded:
${i(e.problem)}
`);return}}export{R as a};
