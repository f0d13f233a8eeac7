import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-I5Z5LY7H.js";import"./chunk-4O4FM43L.js";import"./chunk-XOHUI4UV.js";export default a();
