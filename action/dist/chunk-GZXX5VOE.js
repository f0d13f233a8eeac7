import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{a as l,g as f}from"./chunk-KHGPBTMF.js";import{b as p}from"./chunk-SAWSBFFM.js";import{f as g}from"./chunk-IYYF26LB.js";import{i as o}from"./chunk-PWPZJUYW.js";o();f();o();var u={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"};function e(t){return String(t).replace(/[&<>"']/g,r=>u[r]??r).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,"\uFFFD")}function z(t,r){if(!l(t))return String(t??"");if(r==="en")return t;let[n,i,d]=t.split("-");return`${d}.${i}.${n}`}function b(t,r){return g(t)?`<span class="sev sev-${t}">${e(p(t,r))}</span>`:`<span class="sev">${e(t)}</span>`}function L(t,r,n,i=!1){return`<section id="${e(t)}" aria-labelledby="${e(t)}-h"${i?' class="keep"':""}>
<h2 id="${e(t)}-h">${e(r)}</h2>
${n}
</section>`}function S(t,r){return`<p${r?` class="${e(r)}"`:""}>${e(t)}</p>`}function T(t,r,n,i=!1){let d=t.map(a=>`<tr><td>${b(a.severity,n)}</td><td>${e(a.message)}${i&&a.remediation?`<div class="fix"><strong>${e(r.whatToDo)}:</strong> ${e(a.remediation)}</div>`:""}</td><td class="rule">${e(a.rule)}</td></tr>`).join(`
`);return`<table>
<thead><tr><th scope="col">${e(r.severity)}</th><th scope="col">${e(r.point)}</th><th scope="col">${e(r.rule)}</th></tr></thead>
<tbody>
${d}
</tbody>
</table>`}function j(t){return typeof t=="number"&&Number.isFinite(t)?t:0}o();o();var c=`
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10.5pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #1a1a1a; background: #fff; }
main { max-width: 190mm; margin: 0 auto; padding: 8mm 6mm; }
h1 { font-size: 19pt; margin: 0 0 1mm; }
h2 { font-size: 13.5pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #1f3a5f; color: #1f3a5f; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 1.5mm 0; }
.subtitle { margin: 0 0 3mm; color: #444; }
.meta { display: flex; flex-wrap: wrap; gap: 1mm 6mm; margin: 0; color: #333; }
.meta dt { font-weight: bold; }
.meta dd { margin: 0 4mm 0 1mm; }
.meta div { display: flex; }
section { break-inside: auto; }
.keep { break-inside: avoid; }
.verdict { border: 1.5pt solid; border-left-width: 5pt; border-radius: 2mm; padding: 3mm 4mm; margin: 4mm 0; break-inside: avoid; }
.verdict .word { font-size: 15pt; font-weight: bold; margin: 0 0 1mm; }
.v-ok { border-color: #166534; background: #f0fdf4; }
.v-attention { border-color: #854d0e; background: #fefce8; }
.v-action { border-color: #9a3412; background: #fff7ed; }
.v-urgent { border-color: #7f1d1d; background: #fef2f2; }
.v-unreadable { border-color: #374151; background: #f3f4f6; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; font-size: 9.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #9ca3af; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #e5e7eb; }
td.num { text-align: right; white-space: nowrap; }
th.num { text-align: right; }
caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
.sev { display: inline-block; min-width: 16mm; padding: 0 1.5mm; border-radius: 1mm; font-size: 8.5pt; font-weight: bold; text-align: center; white-space: nowrap; }
.sev-critical { background: #7f1d1d; color: #fff; }
.sev-high { background: #9a3412; color: #fff; }
.sev-medium { background: #fde68a; color: #3b2a00; }
.sev-low { background: #e5e7eb; color: #111827; }
.heat th[scope="row"] { width: 26mm; }
.heat td { height: 13mm; width: 20%; font-weight: bold; }
.lvl-low { background: #bbf7d0; color: #14532d; }
.lvl-medium { background: #fde68a; color: #3b2a00; }
.lvl-high { background: #c2410c; color: #fff; }
.lvl-very-high { background: #7f1d1d; color: #fff; }
.legend { display: flex; flex-wrap: wrap; gap: 2mm; align-items: center; list-style: none; padding: 0; margin: 1mm 0; font-size: 9pt; }
.legend li { padding: 0.5mm 2mm; border-radius: 1mm; }
.figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 2mm; margin: 2mm 0; }
.figure { border: 0.5pt solid #9ca3af; border-radius: 1.5mm; padding: 2mm; break-inside: avoid; }
.figure .n { display: block; font-size: 15pt; font-weight: bold; }
.bar { height: 3mm; background: #e5e7eb; border-radius: 1.5mm; overflow: hidden; margin: 1mm 0 2mm; }
.bar span { display: block; height: 100%; background: #166534; }
.fix { color: #333; font-size: 9pt; margin-top: 0.5mm; }
.rule { white-space: nowrap; color: #333; font-size: 8.5pt; }
.note { color: #333; font-style: italic; }
ul.plain { margin: 1mm 0; padding-left: 5mm; }
footer { margin-top: 8mm; padding-top: 2mm; border-top: 0.5pt solid #9ca3af; font-size: 8.5pt; color: #333; }
@media print {
  main { max-width: none; padding: 0; }
  h2 { margin-top: 5mm; }
}
`;var h="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";function C(t,r){return`<div><dt>${e(t)}:</dt><dd>${e(r)}</dd></div>`}function H(t){return`<!doctype html>
<html lang="${e(t.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.title)}</title>
<style>${c}${t.style??""}</style>
</head>
<body>
<main>
<header>
<h1>${e(t.heading)}</h1>
<p class="subtitle">${e(t.subtitle)}</p>
<dl class="meta">
${t.meta.join(`
`)}
</dl>
</header>
${t.sections.join(`
`)}
<footer>
<p>${e(t.footer)}</p>
</footer>
</main>
</body>
</html>
`}export{e as a,z as b,L as c,S as d,T as e,j as f,C as g,H as h};
