// A self-contained report page for reviewers: every claim found (supported ones too) with its
// verdict, evidence and registry entry, filterable by verdict, kind and text. No external assets.
import { CLAIM_KINDS, type ClaimKind, type Verdict } from '../../core/index.js';
import { Spool, type Sink } from '../output.js';
import type { FileReport, RunEnd, RunStart } from '../report.js';
import { plural } from '../report.js';
import { escapeHtml as e, evidenceText } from './format-helpers.js';
import type { Reporter } from './index.js';
import { impactLine } from './stylish.js';

const VERDICTS: Verdict[] = ['contradicted', 'unsubstantiated', 'stale', 'needs-qualifier', 'supported'];

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:16px 24px}header h1{margin:0 0 4px;font-size:20px}
main{padding:16px 24px}.filters{display:flex;flex-wrap:wrap;gap:12px 20px;align-items:center;margin:0 0 12px;padding:12px;background:#fff;border:1px solid #dde1e7;border-radius:6px}
.filters label{white-space:nowrap}table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #dde1e7}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #eceef2}th{background:#eef0f4;position:sticky;top:0}
.v{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap}
.v-contradicted{background:#fde2e1;color:#a1160a}.v-unsubstantiated{background:#fff1cc;color:#7a5300}.v-stale{background:#e9e3ff;color:#4b2aa8}
.v-needs-qualifier{background:#ffe8d6;color:#8a3b00}.v-supported{background:#dcf5e3;color:#135c2b}.v-none{background:#eceef2;color:#444}
code{font:12px ui-monospace,monospace;background:#eef0f4;padding:1px 4px;border-radius:3px}.muted{color:#667085}.count{margin-left:auto}
.note{background:#fff8e1;border:1px solid #f2d27a;padding:8px 12px;border-radius:6px;margin-bottom:12px}
button{font:inherit;padding:6px 14px;border:1px solid #c5cad3;border-radius:6px;background:#fff;cursor:pointer}
`;

// The claims travel as JSON and the table shows them a page at a time: a 10,000-page site has some
// 185,000 claims, which as table rows made a 110 MB page that took the browser most of a minute to
// open and a second per keystroke to filter. Rows are built with textContent (no HTML from data).
const SCRIPT = `
(function(){
  var PAGE=500;
  // [where, kind, text, verdict, previous verdict, evidence, message, entry]
  var data=JSON.parse(document.getElementById('claims-data').textContent);
  var tbody=document.querySelector('#claims tbody'),more=document.getElementById('more');
  var boxes=[].slice.call(document.querySelectorAll('input[name=verdict]'));
  var kind=document.getElementById('kind'),q=document.getElementById('q'),count=document.getElementById('shown');
  var haystacks,matches=[],shown=0,timer;
  function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e}
  function cell(tr){var td=el('td');tr.appendChild(td);return td}
  function row(d){
    var tr=el('tr');tr.dataset.verdict=d[3];tr.dataset.kind=d[1];
    cell(tr).appendChild(el('code',null,d[0]));cell(tr).textContent=d[1];cell(tr).textContent=d[2];
    var v=cell(tr);if(d[4]){v.appendChild(el('span','v v-'+d[4],d[4]));v.appendChild(document.createTextNode(' \u2192 '))}v.appendChild(el('span','v v-'+d[3],d[3]));
    var ev=cell(tr);ev.appendChild(d[5]?document.createTextNode(d[5]):el('span','muted','no evidence'));if(d[6])ev.appendChild(el('div','muted',d[6]));
    cell(tr).appendChild(d[7]?el('code',null,d[7]):el('span','muted','\u2014'));
    return tr;
  }
  function render(){
    var end=Math.min(matches.length,shown+PAGE),frag=document.createDocumentFragment();
    for(var i=shown;i<end;i++)frag.appendChild(row(data[matches[i]]));
    tbody.appendChild(frag);shown=end;
    count.textContent=shown===matches.length?matches.length+' of '+data.length+' claims shown':matches.length+' of '+data.length+' claims match, the first '+shown+' shown';
    more.hidden=shown>=matches.length;more.textContent='Show '+Math.min(PAGE,matches.length-shown)+' more';
  }
  function apply(){
    var on={};boxes.forEach(function(b){on[b.value]=b.checked});
    var k=kind.value,text=q.value.toLowerCase();
    if(text&&!haystacks)haystacks=data.map(function(d){return d.map(function(x){return x||''}).join(' ').toLowerCase()});
    matches=[];
    for(var i=0;i<data.length;i++){var d=data[i];if(on[d[3]]!==false&&(!k||d[1]===k)&&(!text||haystacks[i].indexOf(text)>=0))matches.push(i)}
    tbody.textContent='';shown=0;render();
  }
  boxes.forEach(function(b){b.addEventListener('change',apply)});kind.addEventListener('change',apply);
  q.addEventListener('input',function(){clearTimeout(timer);timer=setTimeout(apply,data.length>5000?150:0)});
  more.addEventListener('click',render);apply();
})();
`;

/** JSON inside a script element: "<" escaped so no text can close the element or open a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

// The header and the filters carry counts over all claims, so the table rows wait in spools (memory
// while small, a temporary file beyond that) and the page is assembled at the end.
export function html(sink: Sink): Reporter {
  let run: RunStart | undefined;
  const rows = new Spool();
  const otherRows = new Spool();
  let claimCount = 0;
  const byVerdict = new Map<Verdict, number>();
  const kindsSeen = new Set<ClaimKind>();
  return {
    start(start) {
      run = start;
    },
    file(file: FileReport) {
      let text = '';
      for (const c of file.claims) {
        claimCount++;
        byVerdict.set(c.verdict, (byVerdict.get(c.verdict) ?? 0) + 1);
        kindsSeen.add(c.kind);
        const row = [`${file.path}:${c.start.line}:${c.start.column}`, c.kind, c.text, c.verdict, c.previousVerdict ?? null, evidenceText(c.evidence) || null, c.message ?? null, c.entryId ?? null];
        text += `${rows.empty && !text ? '' : ',\n'}${scriptJson(row)}`;
      }
      rows.write(text);
      let others = '';
      for (const f of file.findings) {
        if (f.claim) continue;
        others += `${otherRows.empty && !others ? '' : '\n'}<tr><td><code>${e(file.path)}:${f.start.line}:${f.start.column}</code></td><td>${e(f.severity)}</td><td>${e(f.message)}</td><td><a href="${e(f.docsUrl)}">${e(f.ruleId)}</a></td></tr>`;
      }
      otherRows.write(others);
    },
    end({ totals: t }: RunEnd) {
      const registry = run!.registry;
      const impact = run!.impact;
      const kinds = CLAIM_KINDS.filter((k) => kindsSeen.has(k));
      sink.write(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>claimlint report</title><style>${STYLE}</style></head>
<body><header><h1>claimlint report</h1><div>${plural(claimCount, 'claim')} in ${plural(t.files, 'file')} · ${plural(t.errors, 'error')} · ${plural(t.warnings, 'warning')} · registry: ${registry.found ? `${plural(registry.entries, 'entry').replace('entrys', 'entries')} from ${plural(registry.files.length, 'file')}` : 'none found'} · claimlint ${e(run!.tool.version)}</div></header>
<main>
${registry.found ? '' : '<div class="note" id="no-registry"><strong>No registry found.</strong> Every claim is unsubstantiated until a registry records the evidence.</div>'}
${impact ? `<section id="impact"><h2>Impact of registry changes since <code>${e(impact.base)}</code></h2><ul>${impact.changes.map((c) => `<li>${e(impactLine(c))}</li>`).join('') || '<li>No claim changed its verdict.</li>'}</ul></section>` : ''}
<form class="filters" onsubmit="return false">
<strong>Verdict</strong>
${VERDICTS.map((v) => `<label><input type="checkbox" name="verdict" value="${v}" checked> <span class="v v-${v}">${v}</span> <span class="muted" data-count="${v}">${byVerdict.get(v) ?? 0}</span></label>`).join('\n')}
<label>Kind <select id="kind"><option value="">all kinds</option>${kinds.map((k) => `<option value="${k}">${k}</option>`).join('')}</select></label>
<label>Search <input id="q" type="search" placeholder="text, file, entry"></label>
<span class="count muted" id="shown"></span>
</form>
<table id="claims"><thead><tr><th>Where</th><th>Kind</th><th>Claim</th><th>Verdict</th><th>Evidence</th><th>Registry entry</th></tr></thead>
<tbody></tbody></table>
<p><button type="button" id="more" hidden></button></p>
<noscript><p class="note">The claims table needs JavaScript. Open this page in a browser with scripts on, or use <code>--format json</code>.</p></noscript>
${claimCount === 0 ? '<p class="muted" id="no-claims">No claims found.</p>' : ''}
<script id="claims-data" type="application/json">[`);
      rows.drainTo(sink);
      sink.write(`]</script>
`);
      if (!otherRows.empty) {
        sink.write('<h2>Other findings</h2><table id="other"><thead><tr><th>Where</th><th>Severity</th><th>Message</th><th>Rule</th></tr></thead><tbody>');
        otherRows.drainTo(sink);
        sink.write('</tbody></table>');
      } else otherRows.dispose();
      sink.write(`
</main><script>${SCRIPT}</script></body></html>
`);
    },
  };
}
