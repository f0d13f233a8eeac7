import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-YPRDNVO3.js";import"./chunk-IQ7NHLSO.js";import"./chunk-VMCKXXNX.js";export default a();
