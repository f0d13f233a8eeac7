import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a}from"./chunk-RHP3KCSC.js";import"./chunk-LMLQEPK6.js";import"./chunk-3SXLSUJY.js";import"./chunk-PWPZJUYW.js";export{a as createGitHubClient};
