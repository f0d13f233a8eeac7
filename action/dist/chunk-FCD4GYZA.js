import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-6NXCO2W3.js";import"./chunk-Z5M2GF4E.js";import"./chunk-E3XOV6S2.js";export default a();
