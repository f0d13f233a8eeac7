import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import{c as K}from"./chunk-4TZS6SIT.js";import{f as F}from"./chunk-7OOM6IEP.js";import{b as V}from"./chunk-OZRCDM6B.js";import{d as j,i as me}from"./chunk-MGC76RPL.js";import{b as z}from"./chunk-PA7U5EJR.js";import{e as W,i as pe}from"./chunk-WPXJLUZZ.js";import{a as k}from"./chunk-ZERM4TEB.js";import{a as x}from"./chunk-VWNXXD3S.js";import{a as d,b as C,c as v,d as $,g as A,h as Y}from"./chunk-GZXX5VOE.js";import{a as D,g as de}from"./chunk-KHGPBTMF.js";import{b as E}from"./chunk-SAWSBFFM.js";import{a as _,c as H}from"./chunk-IYYF26LB.js";import{a as S}from"./chunk-T3RNKLWB.js";import{i as f}from"./chunk-PWPZJUYW.js";f();var fe=10,M=[..._].reverse(),he=`
.figures.portfolio { grid-template-columns: repeat(4, 1fr); }
td.name { overflow-wrap: break-word; min-width: 30mm; }
.repos { font-size: 9pt; }
.repos th, .repos td { padding: 1mm; }
.repos th { font-size: 8pt; }
.repos .sev { min-width: 0; }
.why .rule { display: block; }
.n-critical { color: #7f1d1d; font-weight: bold; }
.n-high { color: #9a3412; font-weight: bold; }
.n-zero { color: #4b5563; }
ul.names { columns: 3; column-gap: 6mm; margin: 1mm 0; padding-left: 5mm; font-size: 9.5pt; }
ul.names li { break-inside: avoid; overflow-wrap: anywhere; }
`;function qe(e,t){let r=k(t).portfolio,n=k(t).portfolioPage,o=[A(n.organisation,e.owner),A(n.asOf,C(e.evaluated_at,t)),A(n.manifestPath,e.manifest_path)];e.shard&&o.push(A(n.part,r.shard(e.shard.index,e.shard.count)));let i=[ge(e,t,r,n),we(e,t,r,n),be(e,t,r,n)];return e.without_manifest.length>0&&i.push(X("without-manifest",n.withoutManifestHeading(e.without_manifest.length),n.withoutManifestIntro(e.manifest_path),e.without_manifest)),e.unreadable.length>0&&i.push($e(e,r,n)),e.archived.length>0&&i.push(X("archived",n.archivedHeading(e.archived.length),n.archivedIntro,e.archived)),Y({language:t,title:r.title(e.owner),heading:r.title(e.owner),subtitle:n.subtitle,meta:o,sections:i,footer:n.footer(`${e.tool.name} ${e.tool.version}`),style:he})}function ge(e,t,r,n){let{summary:o}=e,i=(c,u)=>`<div class="figure"><span class="n">${d(u)}</span>${d(c)}</div>`,s=`<div class="figures portfolio">
${i(n.repositories,o.repositories)}
${i(n.checked,o.checked)}
${i(n.ok,o.ok)}
${i(n.withGaps,o.with_gaps)}
${i(n.withoutManifest,o.without_manifest)}
${i(n.unreadable,o.unreadable)}
${i(n.archived,o.archived)}
${i(n.overdue,o.overdue_decisions)}
</div>`,a=`<table>
<caption>${d(n.bySeverity)}</caption>
<thead><tr><th scope="col">${d(n.severity)}</th><th scope="col" class="num">${d(n.count)}</th></tr></thead>
<tbody>
${M.map(c=>`<tr><th scope="row">${d(E(c,t))}</th>${G(c,o.gaps_by_severity[c])}</tr>`).join(`
`)}
</tbody>
</table>`,p=[$(r.overview(o.checked,o.with_gaps,o.without_manifest,o.unreadable)),s,o.overdue_decisions>0?$(n.overdueText(o.overdue_decisions)):"",a];return v("summary",n.summaryHeading,p.filter(Boolean).join(`
`),!0)}function ye(e,t){for(let r of M){let n=t.gaps.by_severity[r]-e.gaps.by_severity[r];if(n!==0)return n}return t.overdue_decisions-e.overdue_decisions||S(e.repository,t.repository)}function we(e,t,r,n){let o=e.repositories.filter(s=>s.gaps.total>0||s.overdue_decisions>0);if(o.length===0)return v("attention",n.attentionHeading,$(n.attentionNone),!0);let i=[...o].sort(ye).slice(0,fe);return v("attention",n.attentionHeading,`${$(n.attentionIntro(i.length))}
${J(i,t,r,n)}`)}function be(e,t,r,n){let o=e.repositories,i=n.repositoriesHeading(o.length);return o.length===0?v("repositories",i,$(n.repositoriesNone)):v("repositories",i,`${$(n.repositoriesIntro)}
${J(o,t,r,n)}`)}function J(e,t,r,n){let o=[`<th scope="col">${d(r.repository)}</th>`,`<th scope="col">${d(r.status)}</th>`,`<th scope="col" class="num">${d(r.score)}</th>`,...M.map(s=>`<th scope="col" class="num">${d(E(s,t))}</th>`),`<th scope="col" class="num">${d(r.overdue)}</th>`,`<th scope="col">${d(r.lastEvaluation)}</th>`].join(""),i=e.map(s=>{let a=s.din_spec_27076,p=s.status==="ok"?`<span class="sev lvl-low">${d(n.statusOk)}</span>`:`<span class="sev sev-medium">${d(n.statusGaps)}</span>`;return`<tr><td class="name">${d(s.repository)}</td><td>${p}</td><td class="num">${d(a?`${a.score} / ${a.max_score}`:r.none)}</td>${M.map(c=>G(c,s.gaps.by_severity[c])).join("")}${G("high",s.overdue_decisions)}<td class="num">${d(s.last_evaluation?C(s.last_evaluation,t):r.none)}</td></tr>`}).join(`
`);return`<table class="repos">
<thead><tr>${o}</tr></thead>
<tbody>
${i}
</tbody>
</table>`}function G(e,t){let r=t===0?"n-zero":e==="critical"||e==="high"?`n-${e}`:"";return`<td class="num${r?` ${r}`:""}">${d(t)}</td>`}function X(e,t,r,n){return v(e,t,`${$(r)}
<ul class="names">
${n.map(o=>`<li>${d(o)}</li>`).join(`
`)}
</ul>`)}function $e(e,t,r){let n=e.unreadable.map(o=>`<tr><td class="name">${d(o.repository)}</td><td class="why">${d(o.message)} <span class="rule">${d(o.reason)}</span></td><td class="num">${d(o.line>0?o.line:t.none)}</td></tr>`).join(`
`);return v("unreadable",r.unreadableHeading(e.unreadable.length),`${$(r.unreadableIntro)}
<table>
<thead><tr><th scope="col">${d(t.repository)}</th><th scope="col">${d(t.reason)}</th><th scope="col" class="num">${d(t.line)}</th></tr></thead>
<tbody>
${n}
</tbody>
</table>`)}f();var Q=2e3,Z=[..._].reverse();function Fe(e,t){let r=k(t).portfolio,{summary:n}=e,o=[`## ${x(r.title(e.owner))}`,"",`${r.evaluated} ${e.evaluated_at}${e.shard?` \xB7 ${r.shard(e.shard.index,e.shard.count)}`:""}`,"",r.overview(n.checked,n.with_gaps,n.without_manifest,n.unreadable),""];if(e.repositories.length>0){let i=Z.map(s=>E(s,t));o.push(`| ${[r.repository,r.status,r.score,...i,r.overdue,r.lastEvaluation].join(" | ")} |`,`|${[":--",":--","--:",...i.map(()=>"--:"),"--:",":--"].join("|")}|`);for(let s of e.repositories.slice(0,Q)){let a=s.din_spec_27076;o.push(`| ${[x(s.repository),s.status==="ok"?r.ok:r.withGaps,a?`${a.score} / ${a.max_score}`:r.none,...Z.map(p=>String(s.gaps.by_severity[p])),String(s.overdue_decisions),s.last_evaluation??r.none].join(" | ")} |`)}B(o,e.repositories.length,r.more),o.push("")}if(e.without_manifest.length>0){o.push(`### ${r.withoutManifest(e.without_manifest.length)}`,"");let i=e.without_manifest.slice(0,Q);o.push(i.map(s=>x(s)).join(" \xB7 ")),B(o,e.without_manifest.length,r.more),o.push("")}if(e.unreadable.length>0){o.push(`### ${r.unreadable(e.unreadable.length)}`,"",`| ${r.repository} | ${r.reason} | ${r.line} |`,"|:--|:--|--:|");for(let i of e.unreadable.slice(0,Q))o.push(`| ${x(i.repository)} | ${x(i.message)} | ${i.line>0?i.line:r.none} |`);B(o,e.unreadable.length,r.more),o.push("")}return e.archived.length>0&&o.push(r.archived(e.archived.length),""),`${o.join(`
`).trimEnd()}
`}function B(e,t,r){t>Q&&e.push("",r(t-Q))}f();pe();me();f();var ee=(e,t)=>S(e.repository,t.repository);function te(e){let t=[...e.rows].sort(ee),r=[...e.unreadable].sort(ee),n=[...e.withoutManifest].sort(S),o=[...e.archived].sort(S),i=Object.fromEntries(_.map(s=>[s,0]));for(let s of t)for(let a of _)i[a]+=s.gaps.by_severity[a];return{tool:{...z},owner:e.owner,evaluated_at:e.evaluatedAt,manifest_path:e.manifestPath,...e.shard?{shard:{...e.shard}}:{},summary:{repositories:t.length+n.length+r.length,checked:t.length,ok:t.filter(s=>s.status==="ok").length,with_gaps:t.filter(s=>s.status==="gaps").length,without_manifest:n.length,unreadable:r.length,archived:o.length,gaps_by_severity:i,overdue_decisions:t.reduce((s,a)=>s+a.overdue_decisions,0)},repositories:t,without_manifest:n,unreadable:r,archived:o}}f();var N="rateLimit { cost remaining resetAt }";function re(e,t){return{query:`query PortfolioRepositories($owner: String!, $after: String) {
  ${N}
  repositoryOwner(login: $owner) {
    repositories(
      first: 100
      after: $after
      ownerAffiliations: [OWNER]
      orderBy: { field: NAME, direction: ASC }
    ) {
      nodes { name isArchived }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,variables:{owner:e,after:t}}}function ne(e,t,r){let n=t.map((i,s)=>`$n${s}: String!`).join(", "),o=t.map((i,s)=>`  r${s}: repository(owner: $owner, name: $n${s}) {
    defaultBranchRef { name target { oid } }
    manifest: object(expression: $manifest) { __typename ... on Blob { text byteSize isTruncated isBinary } }
  }`).join(`
`);return{query:`query PortfolioManifests($owner: String!, $manifest: String!, ${n}) {
  ${N}
${o}
}`,variables:{owner:e,manifest:`HEAD:${r}`,...Object.fromEntries(t.map((i,s)=>[`n${s}`,i]))}}}function oe(e,t){let r={owner:e},n=[],o=t.map((i,s)=>{r[`n${s}`]=i.repository,n.push(`$n${s}: String!`);let a=i.paths.map((p,c)=>(r[`x${s}_${c}`]=`${i.commit}:${p}`,n.push(`$x${s}_${c}: String!`),`    p${c}: object(expression: $x${s}_${c}) { __typename }`));return`  r${s}: repository(owner: $owner, name: $n${s}) {
${a.join(`
`)}
  }`});return{query:`query PortfolioEvidence($owner: String!, ${n.join(", ")}) {
  ${N}
${o.join(`
`)}
}`,variables:r}}f();de();var ve=new Set(["GV-012","RK-005"]);function se(e,t,r){let n=t.errors[0];if(t.status==="unreadable"||n)return{unreadable:{repository:e.repository,reason:n?.code??"unreadable",message:n?.message??"the manifest could not be read",line:n?.line??0}};let o=t.din_spec_27076;return{row:{repository:e.repository,default_branch:e.defaultBranch,commit:e.commit,status:t.status==="ok"?"ok":"gaps",din_spec_27076:o?{score:o.score,max_score:o.max_score,met:o.met,not_met:o.not_met}:null,gaps:{total:t.summary.total,by_severity:{...t.summary.by_severity}},overdue_decisions:t.findings.filter(i=>H(i)&&ve.has(i.rule)).length,last_evaluation:_e(r)}}}function _e(e){if(!e||typeof e!="object")return null;let t=e.evaluation;if(!t||typeof t!="object")return null;let r=t.last;return D(r)?r:null}f();var Re={now:()=>new Date,sleep:e=>new Promise(t=>setTimeout(t,e))},Pe=3600*1e3;function Se(e){let t=e?.rateLimit;if(!(!t||typeof t.cost!="number"||typeof t.remaining!="number"||typeof t.resetAt!="string"))return{cost:t.cost,remaining:t.remaining,resetAt:t.resetAt}}function ie(e){return/^\s*query\s+(\w+)/.exec(e.query)?.[1]??""}var T=class{#e;#n;#t=new Map;#r;constructor(t=Re,r=()=>{}){this.#e=t,this.#n=r}expectedCost(t){let r=this.#t.get(ie(t));return r!==void 0?r:Math.max(1,...this.#t.values())}async beforeQuery(t){let r=this.#r;if(!r)return;let n=this.expectedCost(t);if(r.remaining>=n)return;let o=Date.parse(r.resetAt),i=Number.isNaN(o)?0:o-this.#e.now().getTime();if(i>0){let s=Math.min(i,Pe),a=s<i?" (capped at one hour)":"";this.#n(`rate limit: ${r.remaining} points left, the next query costs about ${n}: waiting ${Math.ceil(s/1e3)} s for the reset at ${r.resetAt}${a}`),await this.#e.sleep(s)}this.#r=void 0}afterAnswer(t,r){let n=Se(r);if(n)return this.#t.set(ie(t),n.cost),this.#r=n,n}};var ae="security-manifest.yml",xe=50,Ee=250,ke=3,L=class extends Error{name="PortfolioError"};async function bt(e,t){let r=t.log??(()=>{}),n=t.manifestPath??ae,o=0,i=0,s=new T(t.clock,r),a=async l=>{await s.beforeQuery(l),o++;let w=await e(l),b=s.afterAnswer(l,w.data);return b&&(i+=b.cost,r(`rate limit: cost ${b.cost}, remaining ${b.remaining}, resets ${b.resetAt}`)),w},p=(await Ae(a,t.owner)).filter(l=>K(l.name,t.shard)),c=p.filter(l=>l.isArchived).map(l=>l.name),u=p.filter(l=>!l.isArchived).map(l=>l.name);c.length>0&&r(`archived repositories skipped: ${c.length}`);let m=[],g=[],h=[],y=t.manifestBatch??xe;for(let l=0;l<u.length;l+=y){let w=u.slice(l,l+y),b=await Qe(a,t.owner,w,n);h.push(...b.withoutManifest),g.push(...b.unreadable);let ue=await Me(a,t,b.parsed);for(let{at:I,report:le,failed:U}of ue){if(U){g.push({repository:I.repository,reason:"api-error",message:U,line:0});continue}let O=se(I,le,I.source.data);"row"in O?m.push(O.row):g.push(O.unreadable)}r(`checked ${Math.min(l+y,u.length)} of ${u.length} repositories`)}return{portfolio:te({owner:t.owner,evaluatedAt:t.check.today,manifestPath:n,...t.shard?{shard:t.shard}:{},rows:m,withoutManifest:h,unreadable:g,archived:c}),requests:o,repositories:u.length,cost:i}}async function Ae(e,t){let r=[],n=null;for(;;){let o;try{o=await e(re(t,n))}catch(s){throw new L(`cannot list the repositories of ${t}: ${q(s)}`)}let i=o.data?.repositoryOwner?.repositories;if(!i){let s=o.errors?.map(a=>a.message).join("; ")||"no such owner";throw new L(`cannot list the repositories of ${t}: ${s}`)}for(let s of i.nodes)s&&r.push({name:s.name,isArchived:s.isArchived});if(!i.pageInfo.hasNextPage||!i.pageInfo.endCursor)return r;n=i.pageInfo.endCursor}}async function Qe(e,t,r,n){let o=[],i=[],s=[],a=(u,m,g,h=0)=>s.push({repository:u,reason:m,message:g,line:h}),p;try{p=await e(ne(t,r,n))}catch(u){for(let m of r)a(m,"api-error",q(u));return{parsed:o,withoutManifest:i,unreadable:s}}let c=p.data??{};return r.forEach((u,m)=>{let g=`r${m}`,h=c[g];if(!h){a(u,"api-error",ce(p,g)??"the API gave no answer for this repository");return}let y=h.defaultBranchRef?.target?.oid,l=h.manifest;if(!h.defaultBranchRef||!y||!l){i.push(u);return}if(l.__typename!=="Blob")a(u,"not-a-file",`${n} is a ${l.__typename.toLowerCase()}, not a file`);else if((l.byteSize??0)>j)a(u,"too-large",`${n} has ${l.byteSize} bytes, more than the limit of ${j}`);else if(l.isTruncated)a(u,"truncated",`the API sent ${n} truncated (${l.byteSize} bytes): check it with \`security-manifest check\` in the repository`);else if(l.isBinary||typeof l.text!="string")a(u,"binary",`${n} is not UTF-8 text`);else try{o.push({repository:u,defaultBranch:h.defaultBranchRef.name,commit:y,source:V(n,l.text)})}catch(w){if(!(w instanceof W))throw w;a(u,w.problem.code,w.problem.message,w.problem.line)}}),{parsed:o,withoutManifest:i,unreadable:s}}async function Me(e,t,r){let n=new Map,o=new Map,i=[...r];for(let s=0;i.length>0;s++){let a=[];for(let c of i){let u=n.get(c.repository)??new Map;n.set(c.repository,u);let m=new Set,g=F(c.source,{...t.check,displayName:t.manifestPath??ae,evidenceExists:h=>{let y=u.get(h);return y===void 0&&m.add(h),y??!1}});o.set(c.repository,{at:c,report:g}),m.size>0&&s<ke&&a.push({repository:c.repository,commit:c.commit,paths:[...m]})}let p=await Te(e,t,a,n);for(let[c,u]of p){let m=o.get(c);m&&(m.failed=u)}i=i.filter(c=>a.some(u=>u.repository===c.repository)&&!p.has(c.repository))}return r.map(s=>o.get(s.repository))}async function Te(e,t,r,n){let o=new Map,i=t.evidenceBatch??Ee;for(let s of Le(r,i)){let a;try{a=await e(oe(t.owner,s))}catch(c){for(let u of s)o.set(u.repository,q(c));continue}let p=a.data??{};s.forEach((c,u)=>{let m=p[`r${u}`];if(!m){o.set(c.repository,ce(a,`r${u}`)??"the API gave no answer for the evidence");return}let g=n.get(c.repository);for(let[h,y]of c.paths.entries())g?.set(y,m[`p${h}`]?.__typename==="Blob")})}return o}function Le(e,t){let r=[],n=[],o=0;for(let i of e)for(let s=0;s<i.paths.length;s+=t){let a=i.paths.slice(s,s+t);o+a.length>t&&n.length>0&&(r.push(n),n=[],o=0),n.push({...i,paths:a}),o+=a.length}return n.length>0&&r.push(n),r}function ce(e,t){let r=(e.errors??[]).filter(n=>n.path?.[0]===t||!n.path);return r.length>0?r.map(n=>n.message).join("; "):void 0}function q(e){let t=e.status,r=e instanceof Error?e.message:String(e);return t?`GitHub API ${t}: ${r}`:r}f();function _t(e){return async({query:t,variables:r})=>(await e("POST /graphql",{query:t,variables:r})).data}export{te as a,qe as b,Fe as c,L as d,bt as e,_t as f};
