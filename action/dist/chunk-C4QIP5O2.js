import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-FPRVSOMA.js";import"./chunk-FX7HETZZ.js";import"./chunk-C36APV7C.js";export default a();
