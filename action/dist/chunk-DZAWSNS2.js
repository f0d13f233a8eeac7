import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a}from"./chunk-PMRWAYWB.js";import"./chunk-PWZIOEWP.js";import"./chunk-TEEGQNUU.js";import"./chunk-26XV5XSG.js";import"./chunk-PWPZJUYW.js";export default a();
