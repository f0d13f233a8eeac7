import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{d as a}from"./chunk-JOWPZSTG.js";import"./chunk-MLFNNISD.js";export default a();
