import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-VK3E4WVX.js";import"./chunk-VIE7XZJK.js";import"./chunk-MLFNNISD.js";export default a();
