import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-5ISHMYZN.js";import"./chunk-KST7XT77.js";import"./chunk-I3HA74EI.js";export default a();
