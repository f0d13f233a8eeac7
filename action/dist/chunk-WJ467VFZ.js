import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-7NVMLVEM.js";import"./chunk-YDJPTBBZ.js";import"./chunk-KSTYJPE2.js";export default a();
