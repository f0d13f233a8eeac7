import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-7LG5AHFS.js";import"./chunk-N2KPKOJZ.js";import"./chunk-MJMATS4Q.js";export default a();
