import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-HGFS2FXZ.js";import"./chunk-66J724Y7.js";import"./chunk-RI45PT64.js";export default a();
