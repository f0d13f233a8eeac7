import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{i as e}from"./chunk-PWPZJUYW.js";e();function n(r){return`${JSON.stringify(r,null,2)}
`}var p={render:r=>n(r)};export{n as renderJson,p as renderer};
