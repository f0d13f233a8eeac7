import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{i as e}from"./chunk-PWPZJUYW.js";e();var r=class extends Error{name="UsageError";german;constructor(t,n){super(t),this.german=n}text(t){return t==="de"?this.german:this.message}},g={ok:0,gaps:1,usage:2,cancelled:130};export{r as a,g as b};
