import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as i,i as r}from"./chunk-PWPZJUYW.js";function u(e){return`${e.file}:${e.line}:${e.column}: ${e.message}
  fix: ${e.hint}`}var t,s=i(()=>{"use strict";r();t=class extends Error{problem;constructor(n){super(`${n.file}:${n.line}:${n.column}: ${n.message}`),this.name="SourceError",this.problem=n}}});export{t as a,u as b,s as c};
