import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-FESOCAZZ.js";import"./chunk-QVDVNJSU.js";import"./chunk-6X7XAXZH.js";export default a();
