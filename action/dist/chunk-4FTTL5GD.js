import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{i as t}from"./chunk-PWPZJUYW.js";t();var e=class extends Error{name="UsageError"},n={ok:0,gaps:1,usage:2,cancelled:130};export{e as a,n as b};
