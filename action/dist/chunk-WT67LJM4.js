import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{i as t}from"./chunk-PWPZJUYW.js";t();t();var e=class extends Error{german;constructor(r,a){super(r),this.german=a}text(r){return r==="de"?this.german:this.message}};var n=class extends e{name="UsageError"},m={ok:0,gaps:1,usage:2,cancelled:130};export{e as a,n as b,m as c};
