import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as e}from"./chunk-TTD726IF.js";import{c as t}from"./chunk-WT67LJM4.js";import{a as r}from"./chunk-ER2KE37S.js";import"./chunk-4DUN3VCG.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import"./chunk-BRFKI7UF.js";import"./chunk-RRHCGECE.js";import"./chunk-JZPSVTT2.js";import"./chunk-KHGPBTMF.js";import"./chunk-KIOCKEGG.js";import{i as o}from"./chunk-PWPZJUYW.js";o();var i=`Usage: security-manifest schema

Prints the JSON Schema of manifest format v1 (for editors and other tools).`;function c(n,s){let{values:m}=e(n,{help:{type:"boolean",short:"h"}},0);return s.stdout(m.help?`${i}
`:`${JSON.stringify(r,null,2)}
`),t.ok}export{i as SCHEMA_HELP,c as schemaCommand};
