import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-C4HKUG5M.js";import"./chunk-VLY3KIOO.js";import"./chunk-A7TVBG6U.js";export default a();
