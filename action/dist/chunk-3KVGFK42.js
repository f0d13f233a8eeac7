import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-PWZIOEWP.js";import"./chunk-26XV5XSG.js";import"./chunk-PWPZJUYW.js";export default a();
