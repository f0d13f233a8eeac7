import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-YKKMAPG3.js";import"./chunk-4RMAEULO.js";import"./chunk-6KAKKCKX.js";export default a();
