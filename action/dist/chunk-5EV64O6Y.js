import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{i as e}from"./chunk-PWPZJUYW.js";e();function u(n,i){if(n.length<=i)return n;let c=0,o=0;for(let r=0;r<n.length;c++){if(c===i-1&&(o=r),c===i)return`${n.slice(0,o)}\u2026`;let t=n.charCodeAt(r),f=t>=55296&&t<=56319&&(n.charCodeAt(r+1)&64512)===56320?2:1;r+=f}return n}export{u as a};
