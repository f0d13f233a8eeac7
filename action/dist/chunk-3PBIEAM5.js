import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a}from"./chunk-NHJ6ZUAW.js";import"./chunk-N3XO2IGH.js";import"./chunk-TEEGQNUU.js";import"./chunk-BMU7WXD2.js";import"./chunk-PWPZJUYW.js";export default a();
