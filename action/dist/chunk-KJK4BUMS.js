import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as e}from"./chunk-UJERCGO4.js";import{d as t}from"./chunk-VQ4BJI5R.js";import{a as r}from"./chunk-2ZFS5EAY.js";import"./chunk-MGC76RPL.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import"./chunk-4OU4JCUP.js";import"./chunk-WPXJLUZZ.js";import"./chunk-JZPSVTT2.js";import"./chunk-KHGPBTMF.js";import"./chunk-KIOCKEGG.js";import{i as o}from"./chunk-PWPZJUYW.js";o();var i=`Usage: security-manifest schema

Prints the JSON Schema of manifest format v1 (for editors and other tools).`;function c(n,s){let{values:m}=e(n,{help:{type:"boolean",short:"h"}},0);return s.stdout(m.help?`${i}
`:`${JSON.stringify(r,null,2)}
`),t.ok}export{i as SCHEMA_HELP,c as schemaCommand};
