import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-L3DUJKHT.js";import"./chunk-IYEYXW7S.js";import"./chunk-CYEGL5KJ.js";export default a();
