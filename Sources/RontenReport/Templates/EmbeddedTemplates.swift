// Generated from Templates/ by TemplateEmbedding; do not edit.
// Regenerate: RONTEN_UPDATE_TEMPLATES=1 swift test --filter EmbeddedTemplates

enum EmbeddedTemplates {
    static let files: [String: String] = [
        "article.html.mustache": ##"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Ronten {{version}}">
<title>{{title}} — {{labels.report}}</title>
<style>
{{{style}}}
</style>
</head>
<body class="article-page">
<header class="page-header">
<p class="kicker"><a href="{{indexLink}}">{{labels.index}}</a> › {{labels.report}}</p>
<h1{{#titleLang}} lang="{{titleLang}}"{{/titleLang}}>{{title}}</h1>
<dl class="facts">
{{#facts}}<dt>{{label}}</dt><dd>{{value}}</dd>
{{/facts}}</dl>
<nav aria-label="{{labels.contents}}">
<ul>{{#parts}}<li><a href="#{{id}}">{{title}}</a></li>{{/parts}}</ul>
</nav>
</header>
<main>
{{{body}}}
</main>
<footer class="page-footer">
<p>{{labels.generated}} {{version}}</p>
</footer>
</body>
</html>

"""##,
        "index.html.mustache": #"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Ronten {{version}}">
<title>{{labels.index}}</title>
<style>
{{{style}}}
</style>
</head>
<body class="index-page">
<header class="page-header">
<p class="kicker">{{labels.report}}</p>
<h1>{{labels.index}}</h1>
<p class="hint">{{count}} · {{labels.sortHint}}</p>
</header>
<main>
{{{body}}}
</main>
<footer class="page-footer">
<p>{{labels.generated}} {{version}}</p>
</footer>
<script>
// Sorting is an extra: the table reads in full without it.
(function () {
  var table = document.querySelector("table.articles");
  if (!table || !table.tHead) return;
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, column) {
    var label = th.textContent;
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      function key(row) {
        var cell = row.cells[column];
        return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var nx = parseFloat(x), ny = parseFloat(y);
        var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
</script>
</body>
</html>

"""#,
        "map.css": #"""
/* The argument map's strokes and type, once here rather than on each of its elements.
   Inlined into article pages before style.css, so a style.css copied from an earlier
   release still gets them, and a replacement can override them. The colours are
   ArgumentMapSVG.edgeColour's and roleColours' (the arrowheads and the legend use those;
   a test holds the two equal). Every rule is (0,2,1) at most, so style.css's hover and
   focus rules, (0,2,2), win. */
.argument-map .edge { fill: none; stroke-width: 1.6; }
.argument-map .edge-supports { stroke: #2e7d32; marker-end: url(#arrow-supports); }
.argument-map .edge-attacks { stroke: #c62828; stroke-width: 2.2; marker-end: url(#arrow-attacks); }
.argument-map .edge-undercuts { stroke: #c62828; stroke-width: 2.2; stroke-dasharray: 7 4; marker-end: url(#arrow-undercuts); }
.argument-map .edge-elaborates { stroke: #6b7280; stroke-dasharray: 2 3; marker-end: url(#arrow-elaborates); }
.argument-map .edge-exemplifies { stroke: #6b7280; stroke-dasharray: 2 3; marker-end: url(#arrow-exemplifies); }
.argument-map .role-thesis { --role-fill: #dce8fb; --role-stroke: #1f4fa3; }
.argument-map .role-claim { --role-fill: #eaf2fd; --role-stroke: #3b6fb6; }
.argument-map .role-premise { --role-fill: #eef6e6; --role-stroke: #4a7f2c; }
.argument-map .role-evidence { --role-fill: #e4f4e8; --role-stroke: #2e7d32; }
.argument-map .role-example { --role-fill: #f2eefa; --role-stroke: #6a4fa3; }
.argument-map .role-analogy { --role-fill: #fdf0e1; --role-stroke: #a65f00; }
.argument-map .role-counterpoint { --role-fill: #fcebea; --role-stroke: #b3261e; }
.argument-map .role-rebuttal { --role-fill: #fff5d6; --role-stroke: #806400; }
.argument-map .role-conclusion { --role-fill: #def2f0; --role-stroke: #00695c; }
.argument-map .node > rect { fill: var(--role-fill); stroke: var(--role-stroke); stroke-width: 1.4; }
.argument-map .role-thesis > rect { stroke-width: 2.5; }
.argument-map .opponent > rect { fill: #f6f6f6; stroke-dasharray: 6 4; }
.argument-map text.role { font-size: 11px; font-weight: bold; fill: var(--role-stroke); }
.argument-map text.label { font-size: 12.5px; fill: #1a1a1a; }

"""#,
        "style.css": #"""
/* Ronten report pages. Self-contained: no fonts, images or scripts are fetched. */
:root {
  --ink: #1a1a1a;
  --muted: #555;
  --rule: #d9d9d9;
  --paper: #fff;
  --accent: #1f4fa3;
  --error: #b3261e;
  --warning: #8a5a00;
  --info: #245b8f;
  --font-latin: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial;
  --font-cjk: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", "YuGothic", Meiryo;
}
html { color: var(--ink); background: var(--paper); }
body {
  margin: 0 auto;
  max-width: 62rem;
  padding: 1.5rem 1.25rem 3rem;
  font-family: var(--font-latin), var(--font-cjk), sans-serif;
  line-height: 1.6;
  word-break: normal;
}
:lang(ja) { font-family: var(--font-cjk), var(--font-latin), sans-serif; line-height: 1.8; }
:lang(ja) p, :lang(ja) li, :lang(ja) td { line-break: strict; }
h1, h2, h3, h4, h5, h6 { line-height: 1.35; }
h1 { font-size: 1.75rem; margin: 0.2rem 0 0.8rem; }
h2 { font-size: 1.35rem; margin-top: 2.2rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.1rem; }
a { color: var(--accent); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; background: #f3f4f6; padding: 0 0.2em; border-radius: 3px; overflow-wrap: anywhere; }
pre { background: #f6f7f9; padding: 0.8rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote { margin: 0.4rem 0 0.8rem; padding: 0.1rem 0.9rem; border-left: 3px solid var(--rule); color: #333; }

.kicker { margin: 0; color: var(--muted); font-size: 0.9rem; }
.facts { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.3rem 0.4rem; margin: 0 0 1rem; font-size: 0.92rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0 1rem 0 0; font-weight: 600; overflow-wrap: anywhere; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; padding: 0; margin: 0; font-size: 0.92rem; }
.note { color: var(--muted); font-style: italic; }

/* The argument map scales with the page and scrolls when it would get too small to read. */
.map-frame { overflow-x: auto; border: 1px solid var(--rule); border-radius: 6px; padding: 0.4rem; background: #fcfcfd; }
.map-frame svg { display: block; max-width: 100%; height: auto; min-width: min(100%, 36rem); margin: 0 auto; font-family: inherit; }
.argument-map a:hover rect, .argument-map a:focus rect { stroke-width: 3; }
.argument-map a:focus { outline: none; }
.argument-map a:focus-visible rect { stroke: #000; }
.legend { font-size: 0.88rem; color: #333; }
.legend .swatch { display: inline-block; padding: 0 0.45em; border: 1.5px solid; border-radius: 4px; margin: 0 0.1em; }
.legend .swatch.opponent { border-style: dashed; border-color: #666; background: #f6f6f6; }
.legend .edge-key { font-weight: 600; margin: 0 0.2em; }

.table-frame { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--rule); }
th { background: #f3f4f6; white-space: nowrap; }
td p { margin: 0; }
td { overflow-wrap: anywhere; }
table.claims td:first-child, table.claims td:nth-child(3), table.claims td:nth-child(4) { white-space: nowrap; }
/* The index's language column: "mixed" stays on one line. */
table.articles td:nth-child(2) { white-space: nowrap; }
th button { font: inherit; font-weight: 700; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }

.findings { border-left: 4px solid var(--rule); padding-left: 0.9rem; margin: 1rem 0; }
.findings.severity-error { border-color: var(--error); }
.findings.severity-warning { border-color: var(--warning); }
.findings.severity-info { border-color: var(--info); }
.findings h3 { margin: 0.4rem 0; }
.severity { font-weight: 700; }
.severity-error .severity, td.severity-error { color: var(--error); }

/* The annotated article. */
.article-text p { margin: 0 0 1rem; }
.s { scroll-margin-top: 1rem; }
.s:target { background: #fff3b0; outline: 2px solid #e0b400; }
.s.claim { border-bottom: 2px solid #9db6e6; }
.claim-tag { font-size: 0.72em; vertical-align: super; margin-right: 0.15em; }
.claim-tag a { text-decoration: none; }
mark { color: inherit; padding: 0 0.1em; border-radius: 2px; }
mark.hedge { background: #e2ecff; border-bottom: 2px dotted #3b6fb6; }
mark.booster { background: #ffe1dc; border-bottom: 2px solid #c62828; }
mark.figure { background: #e3f5e1; font-variant-numeric: tabular-nums; }
mark.entity { background: #efe8fa; }
mark.attribution { background: #fff0c2; border-bottom: 2px dashed #a66a00; }
.page-footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--rule); }

@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav, .page-footer, th button::after { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  tr, .findings li, blockquote, .map-frame { break-inside: avoid; }
  .map-frame { border: 0; overflow: visible; }
  .map-frame svg { min-width: 0; }
  .table-frame { overflow: visible; }
  .s:target { background: none; outline: none; }
}

"""#,
    ]
}
