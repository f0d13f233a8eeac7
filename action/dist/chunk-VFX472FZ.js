import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-N3XO2IGH.js";import"./chunk-BMU7WXD2.js";import"./chunk-PWPZJUYW.js";export default a();
