import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-MVZPSMLD.js";import"./chunk-TY6ZVQRU.js";import"./chunk-ZIFI6XMW.js";export default a();
