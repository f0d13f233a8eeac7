import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-FTVUN6T6.js";import"./chunk-JNU5HBS6.js";import"./chunk-LEMIOJDL.js";export default a();
