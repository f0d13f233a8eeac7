import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{b as a}from"./chunk-6DI5BHVM.js";import"./chunk-IACA3CYS.js";import"./chunk-PTRX6X3D.js";export default a();
