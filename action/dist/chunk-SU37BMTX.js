import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-EQGPKAUF.js";import"./chunk-LG6V2XJZ.js";import"./chunk-KWGKKWFH.js";export default a();
