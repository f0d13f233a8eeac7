import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{i as u}from"./chunk-PWPZJUYW.js";u();function c(e){return e.replace(n," ").replace(r,"?")}var n=/[\t\n\u000b\f\r\u0085\u2028\u2029]+/g,r=/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;export{c as a};
