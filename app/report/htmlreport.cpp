// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/htmlreport.h"

#include "core/chartdata.h"
#include "core/claimorder.h"
#include "core/comparisonjson.h"
#include "report/dateformat.h"
#include "report/labels.h"
#include "report/svgcharts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QStringList>

namespace Parallax {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::HtmlReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Okabe-Ito colours, each kind with its own line style as well, so that no mark relies on
// hue alone (readers with colour-blindness, and black-and-white prints). Every pair of mark
// colours, and each against the page, stays apart under simulated protanopia, deuteranopia
// and tritanopia (tst_markcolours); that is why the blues differ in lightness and the
// disputed red is darker than the orange on light pages, lighter on dark ones.
const char *const kStyle = R"CSS(
:root { --bg:#ffffff; --fg:#1d1d1f; --muted:#5f6368; --rule:#d0d4da; --card:#f7f8fa;
        --verbatim:rgba(0,114,178,.16); --verbatim-line:#0072b2;
        --reworded:rgba(86,180,233,.20); --reworded-line:#56b4e9;
        --partial-line:#6a6a6a;
        --unique:rgba(230,159,0,.16); --unique-line:#e69f00; --unique-text:#9a6200;
        --changed:rgba(240,228,66,.65); --hl:#cc79a7; --fig:#009e73; --disputed:#b33a1f; }
:root.dark { color-scheme:dark; --bg:#1e1f22; --fg:#e6e6e6; --muted:#a0a4aa; --rule:#3b3f45; --card:#26282c;
        --verbatim:rgba(143,208,245,.20); --verbatim-line:#8fd0f5;
        --reworded:rgba(47,127,208,.20); --reworded-line:#2f7fd0;
        --partial-line:#7a7a7a;
        --unique:rgba(243,196,89,.18); --unique-line:#f3c459; --unique-text:#f3c459;
        --changed:rgba(240,228,66,.35); --hl:#e08dc0; --fig:#2aa882; --disputed:#ff6a4a; }
* { box-sizing:border-box; }
html { background:var(--bg); color:var(--fg); }
body { margin:0; font:15px/1.5 "Noto Serif","DejaVu Serif",Georgia,serif; }
.legend { position:sticky; top:0; z-index:2; display:flex; flex-wrap:wrap; gap:1.2em;
          align-items:center; padding:.45em 1em; background:var(--card);
          border-bottom:1px solid var(--rule); font:13px/1.4 "Noto Sans","DejaVu Sans",sans-serif; }
.legend .key { display:inline-flex; align-items:center; gap:.4em; }
.legend .sample { padding:0 .3em; }
html.screen, html.screen body { height:100%; }
html.screen body { display:flex; flex-direction:column; overflow:hidden; }
html.screen .legend { flex:none; }
.columns { display:grid; gap:0; align-items:stretch; flex:1; min-height:0; overflow-x:auto; overflow-y:hidden; }
.colwrap { display:flex; min-width:0; min-height:0; border-right:1px solid var(--rule); }
.colwrap:last-child { border-right:none; }
.article { padding:0 1.1em 2em; min-width:0; flex:1; overflow-y:auto; overflow-x:hidden; position:relative; }
.article:focus { outline:none; }
.article:focus-visible { outline:3px solid var(--hl); outline-offset:-3px; }
.strip { flex:none; width:11px; position:relative; background:var(--card); cursor:pointer;
         border-left:1px solid var(--rule); }
.strip i { position:absolute; left:1px; right:1px; height:3px; min-height:2px; }
.strip i.verbatim { background:var(--verbatim-line); }
.strip i.reworded { background:var(--reworded-line); left:3px; right:3px; }
.strip i.partial { background:var(--partial-line); left:4px; right:4px; }
.strip i.unique { background:var(--unique-line); }
.strip i.figchg, .strip i.quotechg { background:var(--disputed); left:0; right:0; height:4px; }
.strip .view { position:absolute; left:0; right:0; border:1px solid var(--muted); background:rgba(127,127,127,.12);
         pointer-events:none; }
.moved { font:700 .8em "Noto Sans","DejaVu Sans",sans-serif; color:var(--hl); text-decoration:none;
         margin-right:.2em; cursor:pointer; }
.s.sel { outline:2px solid var(--fg); outline-offset:1px; border-radius:2px; }
html[data-filter=diff] .s.same, html[data-filter=reworded] .s:not(.reworded),
html[data-filter=unique] .s:not(.unique), html[data-filter=figures] .s:not(.figchg),
html[data-filter=quotes] .s:not(.quotechg) { display:none; }
html[data-filter=diff] .s.same + .moved { display:none; }
.article > header { padding:.9em 0 .6em; border-bottom:2px solid var(--rule); margin-bottom:.6em;
          font-family:"Noto Sans","DejaVu Sans",sans-serif; }
.outlet { font-weight:700; font-size:.8em; letter-spacing:.04em; text-transform:uppercase;
          color:var(--muted); }
h2 { font-size:1.08em; line-height:1.3; margin:.25em 0 .35em; }
.meta { font-size:.78em; color:var(--muted); }
.derived { font-size:.78em; margin-top:.3em; font-weight:700; color:var(--unique-text); }
p { margin:0 0 .85em; overflow-wrap:break-word; }
.s { text-underline-offset:.22em; text-decoration-thickness:1.5px; }
.s.verbatim { background:var(--verbatim); text-decoration:underline solid var(--verbatim-line); }
.s.reworded { background:var(--reworded); text-decoration:underline dashed var(--reworded-line); }
.s.partial { text-decoration:underline dotted var(--partial-line); }
.s.unique { background:var(--unique); text-decoration:underline wavy var(--unique-line); }
.chg { background:var(--changed); font-weight:600; text-decoration:none; }
.s.hl, .s.hover { outline:2px solid var(--hl); outline-offset:1px; border-radius:2px; }
.fig { border-bottom:2px solid var(--fig); }
.fig.disputed { border-bottom:3px double var(--disputed); font-weight:700; }
.disputed.end::after { content:"\2260"; font-size:.72em; vertical-align:super; color:var(--disputed);
          font-weight:700; margin-left:.1em; }
.q.altered { font-style:italic; border-bottom:2px dashed var(--disputed); }
.s.flash { animation:flash 2.4s ease-out; outline:3px solid var(--hl); outline-offset:2px; }
@keyframes flash { 0% { background:var(--hl); } 100% { background:transparent; } }
.empty { padding:3em; text-align:center; color:var(--muted); font-family:sans-serif; }
@media print { .legend { position:static; } .s.hl, .s.hover, .s.flash { outline:none; animation:none; } }
/* The printed report (HtmlReport::Options::print). */
@page { size:A4 landscape; margin:16mm 10mm 14mm 10mm; }
html.print body { font-size:9pt; }
html.print .legend { position:static; padding:.3em 0; background:none; border:none; font-size:8pt; }
.titleblock h1 { font:700 1.6em/1.2 "Noto Sans","DejaVu Sans",sans-serif; margin:0 0 .2em; }
.meta, p.meta { color:var(--muted); }
table.outlets, table.grid { border-collapse:collapse; width:100%; margin:.5em 0 1em;
          font:.85em/1.35 "Noto Sans","DejaVu Sans",sans-serif; }
table.outlets th, table.outlets td, table.grid th, table.grid td { border:1px solid var(--rule);
          padding:.2em .4em; text-align:left; vertical-align:top; }
table.outlets th, table.grid th { background:var(--card); }
td.n { text-align:right; } td.url { word-break:break-all; font-size:.9em; }
.pflow { display:flex; align-items:flex-start; margin-top:.4em; }
.pcol { flex:1 1 0; min-width:0; padding:0 .6em; border-right:1px solid var(--rule); overflow-wrap:break-word; }
.pcol:first-child { padding-left:0; } .pcol:last-child { border-right:none; padding-right:0; }
.pcol header { padding:.4em 0; border-bottom:1px solid var(--rule); margin-bottom:.4em; }
.facts { font-family:"Noto Sans","DejaVu Sans",sans-serif; }
.facts h2 { font-size:1.2em; margin:1.1em 0 .4em; break-after:avoid; }
/* A heading never ends a page: it cannot be split from a block as tall as the lines that
   follow it (its note, a table's head and first rows), which its negative margin then gives
   back. Chromium's break-after:avoid alone is not honoured between a heading and a table. */
.facts h2, .appendix h3 { break-inside:avoid; }
.facts h2::after, .appendix h3::after { content:""; display:block; height:6em; margin-bottom:-6em; }
.facts figure { margin:.3em 0 1em; break-inside:avoid; }
.facts figure svg { width:100%; height:auto; max-height:72mm; }

figcaption { font-size:.8em; color:var(--muted); }
table.grid tr { break-inside:avoid; }
tr.disputed-row td { font-weight:700; } tr.disputed-row td:last-child { color:var(--disputed); }
table.coverage td.c { text-align:center; }
table.coverage { table-layout:fixed; } table.coverage th:first-child { width:64%; }
table.coverage th { overflow-wrap:anywhere; }
ol.discrepancies li { margin-bottom:.45em; } .about { font-weight:700; }
p.hd { margin:.9em 0 .3em; } .s.hd { font:700 .95em/1.3 "Noto Sans","DejaVu Sans",sans-serif; text-decoration:none; background:none; }
sup.un { font:.65em "Noto Sans","DejaVu Sans",sans-serif; color:var(--unique-text); margin-left:.1em; }
/* Paper: the columns set tight, the summary page and the appendix. */
html.print .pcol { font-size:8pt; line-height:1.34; }
html.print .pcol p { margin:0 0 .5em; }
html.print .pcol p.hd { margin:.6em 0 .2em; }
.summary { font-family:"Noto Sans","DejaVu Sans",sans-serif; font-size:8pt; }
.summary h2 { font-size:1.15em; margin:.2em 0 .3em; }
.summary .graph { margin:0; text-align:center; }
.summary .graph figcaption { text-align:left; }
.summary .charts { display:flex; gap:4mm; margin-top:1mm; }
.summary .charts figure { flex:1 1 0; margin:0; min-width:0; break-inside:avoid; }
.summary figure svg { width:100%; height:auto; max-height:30mm; }
.summary .graph svg { max-height:27mm; }
.summary table.grid, .summary table.outlets { margin:.2em 0 .3em; font-size:1em; table-layout:fixed; }
table.disc th:first-child { width:19%; } table.disc th:last-child { width:16%; }
.summary table.grid td, .summary table.grid th, .summary table.outlets td, .summary table.outlets th { padding:.08em .35em; line-height:1.25; }
table.disc td.why { color:var(--disputed); } table.disc th { overflow-wrap:anywhere; }
table.outlets td:nth-child(2), table.outlets td.url { white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }
table.outlets th:nth-child(1) { width:14%; } table.outlets th:nth-child(2) { width:31%; } table.outlets th:nth-child(3) { width:7%; }
table.outlets th:nth-child(4) { width:5%; } table.outlets th:nth-child(5) { width:9%; } table.outlets th:nth-child(6) { width:8%; }
table.outlets th:nth-child(7) { width:12%; }
.titleblock h1 { font-size:1.35em; }
.titleblock .meta { margin:0 0 .2em; } .summary figcaption { font-size:.75em; }
.appendix h1.apx { font:700 1.4em "Noto Sans","DejaVu Sans",sans-serif; margin:0 0 .3em; }
.appendix h3 { font-size:1em; margin:.8em 0 .2em; break-after:avoid; }
ol.only { columns:3; column-gap:6mm; margin:0; padding-left:2.4em; font-size:.85em; line-height:1.3; }
.appendix table.grid { font-size:.8em; line-height:1.25; }
.appendix table.grid td, .appendix table.grid th { padding:.1em .35em; }
ol.discrepancies { font-size:.85em; } ol.discrepancies li { margin-bottom:.2em; }
ol.only li { break-inside:avoid; margin-bottom:.15em; }
/* The compact column heading on screen: outlet, date and share on one line, the headline in
   at most two, byline and length in one. */
.article > header.compact { padding:.6em 0 .45em; }
header.compact .top { display:flex; flex-wrap:wrap; column-gap:.5em; align-items:baseline; }
header.compact .outlet { flex:0 1 auto; max-width:100%; white-space:nowrap; overflow:hidden; text-overflow:ellipsis;
          cursor:text; }
header.compact .outlet[contenteditable=true] { text-transform:none; color:var(--fg); outline:2px solid var(--hl);
          overflow:visible; white-space:normal; padding:0 .2em; }
header.compact .when { font-size:.78em; color:var(--muted); flex:none; }
header.compact .share { font-size:.78em; font-weight:700; flex:none; margin-left:auto; }
header.compact .inferred { font-size:.7em; font-weight:400; font-style:italic; color:var(--muted); text-transform:none;
          letter-spacing:0; cursor:help; }
header.compact h2 { display:-webkit-box; -webkit-line-clamp:2; -webkit-box-orient:vertical; overflow:hidden;
          margin:.2em 0 .2em; }
header.compact .meta { white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }
)CSS";

// Lights up a sentence's counterparts in the other columns while the pointer is on it.
// Our own script, allowed by the page's nonce; article text never carries any.
const char *const kScript = R"JS(
(function () {
  var root = document.documentElement;
  var columns = Array.prototype.slice.call(document.querySelectorAll('.article'));
  function columnOf(el) { return el.closest ? el.closest('.article') : null; }

  // Pointing at a sentence lights up its counterparts in the other columns.
  document.addEventListener('mouseover', function (e) {
    var s = e.target.closest ? e.target.closest('.s') : null;
    document.querySelectorAll('.s.hl, .s.hover').forEach(function (x) { x.classList.remove('hl', 'hover'); });
    if (!s) return;
    s.classList.add('hover');
    (s.dataset.links || '').split(' ').forEach(function (id) {
      var t = id && document.getElementById(id);
      if (t) t.classList.add('hl');
    });
  });

  // Clicking a sentence selects it (the window shows its counterparts one under another,
  // told through the page title); a "moved" mark goes to where the text stands elsewhere.
  var clicks = 0;
  document.addEventListener('click', function (e) {
    var go = e.target.closest ? e.target.closest('[data-goto]') : null;
    if (go) {
      var t = document.getElementById(go.dataset.goto);
      if (t) { t.scrollIntoView({block: 'center'}); t.classList.remove('flash'); void t.offsetWidth; t.classList.add('flash'); }
      e.preventDefault();
      return;
    }
    var s = e.target.closest ? e.target.closest('.s') : null;
    if (!s) return;
    document.querySelectorAll('.s.sel').forEach(function (x) { x.classList.remove('sel'); });
    s.classList.add('sel');
    clicks += 1;
    document.title = 'select:' + s.id + ':' + clicks;
  });

  // Double-clicking an outlet's name edits it in place; Enter tells the window the new
  // name through the page title ("outlet:<column>:<n>:<name>"), Escape gives up.
  document.addEventListener('dblclick', function (e) {
    var o = e.target.closest ? e.target.closest('.outlet[data-a]') : null;
    if (!o || o.isContentEditable) return;
    var before = o.dataset.name;
    o.textContent = before;
    o.contentEditable = 'true';
    o.focus();
    document.getSelection().selectAllChildren(o);
    function finish(keep) {
      o.removeEventListener('keydown', key);
      o.removeEventListener('blur', blur);
      o.contentEditable = 'false';
      var name = o.textContent.replace(/\s+/g, ' ').trim();
      if (keep && name && name !== before) {
        clicks += 1;
        document.title = 'outlet:' + o.dataset.a + ':' + clicks + ':' + encodeURIComponent(name);
      } else {
        o.textContent = o.dataset.shown;
      }
    }
    function key(k) {
      if (k.key === 'Enter') { k.preventDefault(); finish(true); }
      else if (k.key === 'Escape') { k.preventDefault(); finish(false); }
    }
    function blur() { finish(true); }
    o.addEventListener('keydown', key);
    o.addEventListener('blur', blur);
  });

  // Overview strips: a mark per sentence, by kind, where it stands in its column.
  function strips() {
    columns.forEach(function (col) {
      var strip = col.parentNode.querySelector('.strip');
      if (!strip) return;
      // Read every position first, then write: interleaving would lay the page out again
      // for every sentence.
      var h = strip.clientHeight, total = Math.max(col.scrollHeight, 1), marks = [];
      col.querySelectorAll('.s').forEach(function (s) {
        var k = ['figchg', 'quotechg', 'unique', 'partial', 'reworded', 'verbatim'].filter(function (c) { return s.classList.contains(c); })[0];
        if (k && s.offsetParent !== null) marks.push([k, s.offsetTop / total * h]);
      });
      var fragment = document.createDocumentFragment();
      marks.forEach(function (m) {
        var mark = document.createElement('i');
        mark.className = m[0];
        mark.style.top = m[1] + 'px';
        fragment.appendChild(mark);
      });
      var view = document.createElement('b');
      view.className = 'view';
      fragment.appendChild(view);
      strip.textContent = '';
      strip.appendChild(fragment);
      viewport(col);
    });
  }
  function viewport(col) {
    var strip = col.parentNode.querySelector('.strip'), view = strip && strip.querySelector('.view');
    if (!view) return;
    var total = Math.max(col.scrollHeight, 1), h = strip.clientHeight;
    view.style.top = (col.scrollTop / total * h) + 'px';
    view.style.height = Math.max(4, col.clientHeight / total * h) + 'px';
  }
  document.querySelectorAll('.strip').forEach(function (strip) {
    strip.addEventListener('click', function (e) {
      var col = strip.parentNode.querySelector('.article');
      var r = strip.getBoundingClientRect();
      col.scrollTop = (e.clientY - r.top) / r.height * col.scrollHeight - col.clientHeight / 2;
    });
  });

  // Scrolling a column from this script, not by the reader: its scroll event must not make
  // the other columns follow it (they were placed on purpose). A scroll that changed nothing
  // fires no event, so only a real change is remembered.
  function place(col, top) {
    var before = col.scrollTop;
    col.scrollTop = top;
    if (Math.abs(col.scrollTop - before) >= 1) col.placedAt = col.scrollTop;
  }
  function placed(col) {
    var at = col.placedAt;
    col.placedAt = undefined;
    return at !== undefined && Math.abs(col.scrollTop - at) < 1;
  }

  // Synchronised scrolling, anchored on aligned sentences: the sentence at the top of the
  // column being scrolled brings its counterparts to the same height in the others.
  // <html data-sync="off"> (the window's lock toggle) lets every column scroll freely.
  function topSentence(col) {
    var top = col.scrollTop, list = col.querySelectorAll('.s');
    for (var i = 0; i < list.length; i++) {
      var s = list[i];
      if (s.offsetParent !== null && s.offsetTop + s.offsetHeight > top) return s;
    }
    return null;
  }
  function follow(col) {
    var s = topSentence(col);
    if (!s) return;
    var offset = s.offsetTop - col.scrollTop;
    var links = (s.dataset.links || '').split(' ');
    columns.forEach(function (other) {
      if (other === col) return;
      var target = null;
      for (var i = 0; i < links.length && !target; i++) {
        var t = links[i] && document.getElementById(links[i]);
        if (t && columnOf(t) === other && t.offsetParent !== null) target = t;
      }
      if (!target) return;
      var want = target.offsetTop - offset;
      if (Math.abs(other.scrollTop - want) > 2) place(other, want);
    });
  }
  columns.forEach(function (col, index) {
    col.addEventListener('scroll', function () {
      viewport(col);
      if (placed(col)) return;
      root.dataset.active = index;
      if (root.dataset.sync !== 'off') follow(col);
    });
    col.addEventListener('mouseenter', function () { root.dataset.active = index; });
    col.addEventListener('focus', function () { root.dataset.active = index; });
  });

  // Revealing what the window points at (a discrepancy, a claim, a quote): it sets
  // <html data-reveal="<n>:<id> <id> ..."> and every column holding one of those sentences
  // scrolls its first one to the middle, all of them marked; the first column is brought
  // into view sideways when the columns are wider than the window.
  function reveal() {
    var ids = (root.dataset.reveal || '').replace(/^\d+:/, '').split(' ');
    document.querySelectorAll('.s.flash').forEach(function (e) { e.classList.remove('flash'); });
    var first = null, done = [];
    ids.forEach(function (id) {
      var s = id && document.getElementById(id);
      if (!s || s.offsetParent === null) return;
      void s.offsetWidth; // restarts the animation of a sentence marked again
      s.classList.add('flash');
      var col = columnOf(s);
      if (!first) first = s;
      if (done.indexOf(col) >= 0) return;
      done.push(col);
      place(col, s.offsetTop - (col.clientHeight - s.offsetHeight) / 2);
      viewport(col);
    });
    if (!first) return;
    var wrap = first.closest('.colwrap'), all = wrap.parentNode;
    var w = wrap.getBoundingClientRect(), a = all.getBoundingClientRect();
    if (w.left < a.left || w.right > a.right) all.scrollLeft += w.left - a.left - Math.max(0, (a.width - w.width) / 2);
  }
  window.addEventListener('resize', strips);
  new MutationObserver(strips).observe(root, {attributes: true, attributeFilter: ['data-filter']});
  new MutationObserver(reveal).observe(root, {attributes: true, attributeFilter: ['data-reveal']});
  strips();
})();
)JS";

// The page's class for a sentence's strongest alignment: the engine's code, as in the JSON.
QString kindClass(const std::optional<AlignmentKind> &kind)
{
    return kind ? ComparisonJson::kindName(*kind) : QStringLiteral("unique");
}

// Why a sentence was aligned with its counterpart in `link`, for the hover: the figures and
// names both carry, the words taken as the same, the figures that changed and what only one
// side has (the alignment's basis), a line each, at most a few items a line.
QStringList basisLines(const Comparison &c, int article, const SentenceLink &link)
{
    const PairComparison &pair = c.pairs.at(link.pair);
    const AlignmentBasis &basis = pair.alignments.at(link.alignment).basis;
    const bool sideA = pair.a == article;
    const ComparedArticle &here = c.articles.at(article);
    const ComparedArticle &there = c.articles.at(link.article);
    auto textHere = [&](const AlignmentBasis::Item &i) { return here.textOf(*(sideA ? i.a : i.b)); };
    auto textThere = [&](const AlignmentBasis::Item &i) { return there.textOf(*(sideA ? i.b : i.a)); };
    constexpr int kMostPerLine = 6;
    QStringList shared, words, changed, onlyHere, onlyThere;
    for (const AlignmentBasis::Item &i : basis.shared) {
        if (!i.a || !i.b)
            continue;
        if (i.code == AlignmentBasis::Code::Synonym)
            words.append(textHere(i) + QStringLiteral(" ~ ") + textThere(i));
        else if (!shared.contains(textHere(i)))
            shared.append(textHere(i));
    }
    for (const AlignmentBasis::Item &i : basis.differs) {
        const bool hasHere = sideA ? bool(i.a) : bool(i.b);
        const bool hasThere = sideA ? bool(i.b) : bool(i.a);
        if (hasHere && hasThere)
            changed.append(textHere(i) + QStringLiteral(" \u2192 ") + textThere(i));
        else if (hasHere)
            onlyHere.append(textHere(i));
        else if (hasThere)
            onlyThere.append(textThere(i));
    }
    auto list = [&](const QStringList &items) { return items.mid(0, kMostPerLine).join(QStringLiteral(", ")); };
    QStringList lines;
    if (!shared.isEmpty())
        lines.append(Tr::tr("Shared: %1").arg(list(shared)));
    if (!words.isEmpty())
        lines.append(Tr::tr("Same meaning: %1").arg(list(words)));
    if (!changed.isEmpty())
        lines.append(Tr::tr("Changed: %1").arg(list(changed)));
    if (!onlyHere.isEmpty())
        lines.append(Tr::tr("Only here: %1").arg(list(onlyHere)));
    if (!onlyThere.isEmpty())
        lines.append(Tr::tr("Only in %1: %2").arg(there.article.displayName(), list(onlyThere)));
    for (QString &line : lines)
        line.prepend(QStringLiteral("  "));
    return lines;
}

QString sentenceTitle(const Comparison &c, int article, const ComparedSentence &s)
{
    if (s.heading)
        return Tr::tr("Section heading (not compared)");
    if (s.links.isEmpty())
        return Tr::tr("Only in this article");
    QStringList lines;
    for (const SentenceLink &l : s.links) {
        lines.append(Labels::alignedIn(l.kind, c.articles.at(l.article).article.displayName()));
        if (l.kind != AlignmentKind::Verbatim)
            lines += basisLines(c, article, l);
    }
    return lines.join(QLatin1Char('\n'));
}

// The ranges of a sentence's words that differ from its closest counterpart.
QList<TextRange> changedRanges(const Comparison &c, int article, const ComparedSentence &s)
{
    QList<TextRange> out;
    if (s.links.isEmpty() || s.links.first().kind == AlignmentKind::Verbatim)
        return out;
    const SentenceLink &link = s.links.first();
    const PairComparison &pair = c.pairs.at(link.pair);
    const bool sideA = pair.a == article;
    const QList<DiffOp> &diff = pair.alignments.at(link.alignment).diff;
    // In a heavy paraphrase nearly every word differs; marking them all says nothing. Words
    // are marked when most of the sentence is the same, as in an edited copy.
    qsizetype same = 0, total = 0;
    for (const DiffOp &op : diff) {
        const std::optional<TextRange> &r = sideA ? op.a : op.b;
        if (!r)
            continue;
        total += r->length;
        if (op.op == DiffOp::Op::Equal)
            same += r->length;
    }
    if (total == 0 || same * 2 < total)
        return out;
    for (const DiffOp &op : diff) {
        if (sideA && op.op == DiffOp::Op::Delete && op.a)
            out.append(*op.a);
        else if (!sideA && op.op == DiffOp::Op::Insert && op.b)
            out.append(*op.b);
    }
    return out;
}

// A stretch of a sentence drawn in a style of its own: a changed word, a figure, a quote.
struct Mark
{
    TextRange range;
    QString cls;   // "chg", "fig", "fig disputed", "q altered"
    QString id;    // on the first piece, for figures ("f12")
    QString title; // tooltip
};

// Escaped sentence text cut at every mark boundary; each piece carries the classes of the
// marks over it (marks may overlap: a changed figure is both).
QString sentenceHtml(const ComparedArticle &ca, const ComparedSentence &s, const QList<Mark> &marks)
{
    const qsizetype start = s.range.start, end = s.range.end();
    QList<qsizetype> cuts{start, end};
    QList<const Mark *> inside;
    for (const Mark &m : marks) {
        if (m.range.end() <= start || m.range.start >= end)
            continue;
        inside.append(&m);
        cuts.append(std::max(m.range.start, start));
        cuts.append(std::min(m.range.end(), end));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QString html;
    for (qsizetype k = 0; k + 1 < cuts.size(); ++k) {
        const qsizetype from = cuts.at(k), to = cuts.at(k + 1);
        QStringList classes, titles;
        QString id;
        bool endsMark = false;
        for (const Mark *m : std::as_const(inside)) {
            if (m->range.start <= from && m->range.end() >= to) {
                classes.append(m->cls);
                if (!m->title.isEmpty() && !titles.contains(m->title))
                    titles.append(m->title);
                if (!m->id.isEmpty() && m->range.start == from)
                    id = m->id;
                endsMark = endsMark || (m->range.end() == to && m->cls != QStringLiteral("chg"));
            }
        }
        if (endsMark)
            classes.append(QStringLiteral("end"));
        const QString text = esc(ca.article.body.mid(from, to - from));
        if (classes.isEmpty()) {
            html += text;
            continue;
        }
        html += QStringLiteral("<span class=\"%1\"").arg(classes.join(u' '));
        if (!id.isEmpty())
            html += QStringLiteral(" id=\"%1\"").arg(id);
        if (!titles.isEmpty())
            html += QStringLiteral(" title=\"%1\"").arg(esc(titles.join(u'\n')));
        html += u'>' + text + QStringLiteral("</span>");
    }
    return html;
}

// Figures and quotes of one article as marks, the disputed ones with what they disagree
// with.
QList<Mark> factMarks(const Comparison &c, int article)
{
    QHash<int, QStringList> figureDisputes, quoteDisputes; // index -> "outlet: text" of the others
    for (const Discrepancy &d : c.discrepancies) {
        for (const Discrepancy::Item &item : d.items) {
            QStringList others;
            for (const Discrepancy::Item &o : d.items) {
                if (&o != &item && !(o.article == item.article && o.range == item.range))
                    others.append(c.articles.at(o.article).article.displayName() + QStringLiteral(": ") + o.text);
            }
            const QString about = Labels::discrepancyAbout(d.about);
            const QString line = others.isEmpty() ? about
                                                  : about + QStringLiteral(" \u2260 ") +
                                                        others.join(QStringLiteral("; "));
            if (item.figure >= 0)
                figureDisputes[item.figure].append(line);
            if (item.quote >= 0)
                quoteDisputes[item.quote].append(line);
        }
    }
    QList<Mark> marks;
    for (int f = 0; f < c.figures.size(); ++f) {
        const Figure &fig = c.figures.at(f);
        if (fig.article != article)
            continue;
        const bool disputed = figureDisputes.contains(f);
        QString title = fig.entity.isEmpty() ? Labels::measure(fig.measure) : fig.entity + u' ' + Labels::measure(fig.measure);
        if (disputed)
            title += u'\n' + Tr::tr("Disagrees: %1").arg(figureDisputes.value(f).join(u'\n'));
        marks.append({fig.range, disputed ? QStringLiteral("fig disputed") : QStringLiteral("fig"),
                      QStringLiteral("f%1").arg(f), title});
    }
    for (int q = 0; q < c.quotes.size(); ++q) {
        const Quote &quote = c.quotes.at(q);
        if (quote.article != article || !quoteDisputes.contains(q))
            continue;
        for (const TextRange &part : quote.parts)
            marks.append({part, QStringLiteral("q altered"), QString(), quoteDisputes.value(q).join(u'\n')});
    }
    // In text order, so that each sentence finds its own by a binary search (marksOf).
    std::sort(marks.begin(), marks.end(), [](const Mark &x, const Mark &y) { return x.range.start < y.range.start; });
    return marks;
}

// The marks over one sentence: its changed words, and the facts (sorted by start, the
// longest `longestFact` long) that overlap it, found without a pass over all of them.
QList<Mark> marksOf(const Comparison &c, int index, const ComparedSentence &s, const QList<Mark> &facts, qsizetype longestFact)
{
    QList<Mark> marks;
    for (const TextRange &r : changedRanges(c, index, s))
        marks.append({r, QStringLiteral("chg"), QString(), QString()});
    auto it = std::lower_bound(facts.cbegin(), facts.cend(), s.range.start - longestFact,
                               [](const Mark &m, qsizetype start) { return m.range.start < start; });
    for (; it != facts.cend() && it->range.start < s.range.end(); ++it) {
        if (it->range.end() > s.range.start)
            marks.append(*it);
    }
    return marks;
}

// The column header of an article: outlet, title, byline, date, length, share found in
// the others, and "Derived from X".
QString articleHeader(const Comparison &c, int index)
{
    const ComparedArticle &ca = c.articles.at(index);
    const Article &a = ca.article;
    const QLocale locale;
    QString html = QStringLiteral("<header>");
    html += QStringLiteral("<div class=\"outlet\">%1</div>").arg(esc(a.displayName()));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(a.title));
    QStringList meta;
    if (!a.byline.isEmpty())
        meta.append(esc(a.byline));
    if (a.published.isValid())
        meta.append(esc(DateFormat::date(a.published, locale)));
    meta.append(esc(Tr::tr("%n words", nullptr, a.wordCount)));
    if (c.articles.size() > 1)
        meta.append(esc(Tr::tr("%1% found in the others").arg(qRound(ca.sharedShare() * 100))));
    html += QStringLiteral("<div class=\"meta\">%1</div>").arg(meta.join(QStringLiteral(" &middot; ")));
    if (ca.derivedFrom >= 0)
        html += QStringLiteral("<div class=\"derived\">%1</div>")
                    .arg(esc(Tr::tr("Derived from %1").arg(c.articles.at(ca.derivedFrom).article.displayName())));
    html += QStringLiteral("</header>");
    return html;
}

// Where an inferred outlet's name came from, for the heading's tooltip.
QString inferredFrom(Article::OutletSource source)
{
    switch (source) {
    case Article::OutletSource::Text:
        return Tr::tr("Inferred from the text.");
    case Article::OutletSource::Byline:
        return Tr::tr("Inferred from the byline.");
    case Article::OutletSource::Link:
        return Tr::tr("Inferred from a link in the article.");
    case Article::OutletSource::Folder:
        return Tr::tr("Inferred from the name of the file's folder.");
    case Article::OutletSource::Stated:
        break;
    }
    return {};
}

// The column heading on screen, compact so that many columns stay readable: the outlet
// (double-click to name it; "inferred" when the importer guessed it), the date and the
// share found elsewhere on one line, the headline in two at most, byline and length.
QString screenHeader(const Comparison &c, int index)
{
    const ComparedArticle &ca = c.articles.at(index);
    const Article &a = ca.article;
    const QLocale locale;
    QString tip = a.displayName() + u'\n';
    if (a.outletInferred())
        tip += inferredFrom(a.outletSource) + u' ';
    tip += Tr::tr("Double-click to name the outlet.");
    QString html = QStringLiteral("<header class=\"compact\"><div class=\"top\">");
    html += QStringLiteral("<div class=\"outlet\" data-a=\"%1\" data-name=\"%2\" data-shown=\"%3\" title=\"%4\">%3</div>")
                .arg(index)
                .arg(esc(a.outlet), esc(a.displayName()), esc(tip));
    if (a.outletInferred())
        html += QStringLiteral("<span class=\"inferred\" title=\"%1\">%2</span>").arg(esc(inferredFrom(a.outletSource)), esc(Tr::tr("inferred")));
    if (a.published.isValid())
        html += QStringLiteral("<span class=\"when\">%1</span>").arg(esc(DateFormat::date(a.published, locale)));
    if (c.articles.size() > 1)
        html += QStringLiteral("<span class=\"share\" title=\"%1\">%2</span>")
                    .arg(esc(Tr::tr("Share of this article's sentences found in the others")),
                         esc(Tr::tr("%1% elsewhere").arg(qRound(ca.sharedShare() * 100))));
    html += QStringLiteral("</div><h2 title=\"%1\">%1</h2>").arg(esc(a.title));
    QStringList meta;
    if (!a.byline.isEmpty())
        meta.append(esc(a.byline));
    meta.append(esc(Tr::tr("%n words", nullptr, a.wordCount)));
    html += QStringLiteral("<div class=\"meta\">%1</div>").arg(meta.join(QStringLiteral(" &middot; ")));
    if (ca.derivedFrom >= 0)
        html += QStringLiteral("<div class=\"derived\">%1</div>")
                    .arg(esc(Tr::tr("Derived from %1").arg(c.articles.at(ca.derivedFrom).article.displayName())));
    html += QStringLiteral("</header>");
    return html;
}

// Every paragraph of an article as <p>, each sentence a marked span; headings as headings.
// With `order` (paper), a sentence only this article has carries its number in the
// appendix's list.
QStringList paragraphsHtml(const Comparison &c, int index, const ClaimOrder *order = nullptr)
{
    const ComparedArticle &ca = c.articles.at(index);
    const bool several = c.articles.size() > 1;
    const QList<Mark> facts = factMarks(c, index);
    qsizetype longestFact = 0;
    for (const Mark &m : facts)
        longestFact = std::max(longestFact, m.range.length);
    QStringList paragraphs;
    int sentence = 0;
    for (int p = 0; p < ca.paragraphs.size(); ++p) {
        const bool heading = sentence < ca.sentences.size() && ca.sentences.at(sentence).paragraph == p && ca.sentences.at(sentence).heading;
        QString html = heading ? QStringLiteral("<p class=\"hd\">") : QStringLiteral("<p>");
        bool first = true;
        while (sentence < ca.sentences.size() && ca.sentences.at(sentence).paragraph == p) {
            const ComparedSentence &s = ca.sentences.at(sentence);
            QStringList links;
            for (const SentenceLink &l : s.links) {
                for (int t : l.sentences)
                    links.append(QStringLiteral("a%1s%2").arg(l.article).arg(t));
            }
            if (!first)
                html += QLatin1Char(' ');
            // Classes the filters and the overview use: shared word for word by every other
            // article, carrying a figure or a quote the outlets disagree on.
            const QList<Mark> marks = marksOf(c, index, s, facts, longestFact);
            QStringList classes{s.heading ? QStringLiteral("hd") : several ? kindClass(s.strongestKind()) : QString()};
            if (several && s.verbatimIn().size() == c.articles.size() - 1)
                classes.append(QStringLiteral("same"));
            if (std::any_of(marks.cbegin(), marks.cend(), [](const Mark &m) { return m.cls == QStringLiteral("fig disputed"); }))
                classes.append(QStringLiteral("figchg"));
            if (std::any_of(marks.cbegin(), marks.cend(), [](const Mark &m) { return m.cls == QStringLiteral("q altered"); }))
                classes.append(QStringLiteral("quotechg"));
            // Moved text is marked against a copy (a derived pair, or word for word), where
            // a place in the order means something; independent articles order as they like.
            for (const SentenceLink &l : s.links) {
                if (!l.moved || (c.pairs.at(l.pair).derived == PairComparison::Derived::None && l.kind != AlignmentKind::Verbatim))
                    continue;
                html += QStringLiteral("<a class=\"moved\" data-goto=\"a%1s%2\" title=\"%3\">\u21b7</a>")
                            .arg(l.article)
                            .arg(l.sentences.first())
                            .arg(esc(Tr::tr("Moved: %1 has this elsewhere; click to go there")
                                         .arg(c.articles.at(l.article).article.displayName())));
                break;
            }
            html += QStringLiteral("<span class=\"s %1\" id=\"a%2s%3\" data-links=\"%4\" title=\"%5\">%6</span>")
                        .arg(classes.join(u' ').trimmed())
                        .arg(index)
                        .arg(sentence)
                        .arg(links.join(QLatin1Char(' ')), esc(sentenceTitle(c, index, s)), sentenceHtml(ca, s, marks));
            if (order && several && s.isUnique())
                html += QStringLiteral("<sup class=\"un\">%1</sup>").arg(order->onlyIn.at(index).indexOf(sentence) + 1);
            first = false;
            ++sentence;
        }
        html += QStringLiteral("</p>\n");
        paragraphs.append(html);
    }
    return paragraphs;
}

void renderArticle(QString &html, const Comparison &c, int index)
{
    const Article &a = c.articles.at(index).article;
    // Each column is a stop of the keyboard's Tab (the arrow keys then scroll it), named by its
    // outlet for a screen reader.
    html += QStringLiteral("<div class=\"colwrap\"><section class=\"article\" id=\"a%1\" lang=\"%2\" tabindex=\"0\" "
                           "aria-label=\"%3\">")
                .arg(index)
                .arg(esc(a.language.isEmpty() ? QStringLiteral("en") : a.language), esc(a.displayName()));
    html += screenHeader(c, index);
    html += paragraphsHtml(c, index).join(QString());
    html += QStringLiteral("</section><div class=\"strip\" title=\"%1\"></div></div>\n")
                .arg(esc(Tr::tr("Overview of %1: click to go there").arg(a.displayName())));
}

QString legendHtml()
{
    QString html = QStringLiteral("<div class=\"legend\" role=\"note\">");
    const QList<QPair<QString, QString>> keys{
        {QStringLiteral("s verbatim"), Labels::alignedElsewhere(AlignmentKind::Verbatim)},
        {QStringLiteral("s reworded"), Labels::alignedElsewhere(AlignmentKind::Reworded)},
        {QStringLiteral("s partial"), Labels::alignedElsewhere(AlignmentKind::Partial)},
        {QStringLiteral("s unique"), Tr::tr("Only in this article")},
        {QStringLiteral("chg"), Tr::tr("changed words")},
        {QStringLiteral("fig"), Tr::tr("figure")},
        {QStringLiteral("fig disputed end"), Tr::tr("figure that disagrees")},
        {QStringLiteral("q altered"), Tr::tr("quote worded differently")}};
    for (const auto &[cls, label] : keys)
        html += QStringLiteral("<span class=\"key\"><span class=\"%1 sample\">%2</span></span>").arg(cls, esc(label));
    html += QStringLiteral("</div>");
    return html;
}

// --- The printed report: the findings first, then the columns, then the appendix --------

QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

QString titleBlock(const Comparison &c, const HtmlReport::Options &options)
{
    const QLocale locale;
    QString html = QStringLiteral("<header class=\"titleblock\"><h1>%1</h1>")
                       .arg(esc(options.title.isEmpty() ? c.articles.first().article.title : options.title));
    html += QStringLiteral("<p class=\"meta\">%1</p></header>")
                .arg(esc(Tr::tr("%n article(s) compared with Parallax on %1", nullptr, int(c.articles.size()))
                             .arg(DateFormat::dateTime(options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTime(),
                                                        locale))));
    return html;
}

// Why the engine flagged a discrepancy, in a few words.
QString reasonText(Discrepancy::Kind kind)
{
    switch (kind) {
    case Discrepancy::Kind::Figure:
        return Tr::tr("the outlets give different values");
    case Discrepancy::Kind::Qualifier:
        return Tr::tr("the same value, qualified differently");
    case Discrepancy::Kind::Conversion:
        return Tr::tr("the conversion's rate is off");
    case Discrepancy::Kind::Quote:
        return Tr::tr("the quote's words differ");
    case Discrepancy::Kind::UnmatchedQuote:
        return Tr::tr("quoted by no other outlet");
    }
    return {};
}

// The discrepancies as a table: what, each outlet's value or wording, why flagged. Quotes
// only one outlet has are counted in one row (each is listed in the appendix).
QString discrepancyTable(const Comparison &c)
{
    constexpr int kLongestCell = 80;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Discrepancies")));
    if (c.discrepancies.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("The outlets agree on every figure and quote found.")));
    html += QStringLiteral("<table class=\"grid disc\"><thead><tr><th>%1</th>").arg(esc(Tr::tr("What")));
    for (const QString &name : ChartData::outletNames(c)) // short, as in the charts' legends
        html += QStringLiteral("<th>%1</th>").arg(esc(name));
    html += QStringLiteral("<th>%1</th></tr></thead><tbody>").arg(esc(Tr::tr("Why flagged")));
    QList<int> singleQuotes(c.articles.size(), 0);
    for (const Discrepancy &d : c.discrepancies) {
        if (d.kind == Discrepancy::Kind::UnmatchedQuote) {
            for (const Discrepancy::Item &item : d.items)
                ++singleQuotes[item.article];
            continue;
        }
        html += QStringLiteral("<tr><td class=\"about\">%1</td>")
                    .arg(esc(Labels::discrepancyAbout(d.about)));
        for (int a = 0; a < c.articles.size(); ++a) {
            QStringList values;
            for (const Discrepancy::Item &item : d.items) {
                const QString v = ClaimOrder::shortened(item.text, kLongestCell);
                if (item.article == a && !values.contains(v))
                    values.append(v);
            }
            html += QStringLiteral("<td>%1</td>").arg(esc(values.join(QStringLiteral(" · "))));
        }
        html += QStringLiteral("<td class=\"why\">%1</td></tr>").arg(esc(reasonText(d.kind)));
    }
    if (std::any_of(singleQuotes.cbegin(), singleQuotes.cend(), [](int n) { return n > 0; })) {
        html += QStringLiteral("<tr><td class=\"about\">%1</td>").arg(esc(Tr::tr("Quotes of named people")));
        for (int n : std::as_const(singleQuotes))
            html += QStringLiteral("<td>%1</td>").arg(n > 0 ? esc(Tr::tr("%n only here", nullptr, n)) : QString());
        html += QStringLiteral("<td class=\"why\">%1</td></tr>")
                    .arg(esc(reasonText(Discrepancy::Kind::UnmatchedQuote) + QStringLiteral(" (") + Tr::tr("listed in the appendix") + u')'));
    }
    return html + QStringLiteral("</tbody></table>");
}

// One line per outlet: share found elsewhere, claims only it carries, derivation, address.
QString outletLines(const Comparison &c, const ClaimOrder &order)
{
    const QLocale locale;
    constexpr int kLongestTitle = 90;
    QString html = QStringLiteral("<table class=\"outlets\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr></thead><tbody>")
                       .arg(esc(Tr::tr("Outlet")), esc(Tr::tr("Title")), esc(Tr::tr("Published")), esc(Tr::tr("Words")),
                            esc(Tr::tr("Found in the others")), esc(Tr::tr("Unique claims")), esc(Tr::tr("Derived from")), esc(Tr::tr("Address")));
    const QStringList names = ChartData::outletNames(c); // short, as in the table above
    for (int i = 0; i < c.articles.size(); ++i) {
        const ComparedArticle &ca = c.articles.at(i);
        const Article &a = ca.article;
        const QString source = ca.derivedFrom >= 0 ? names.at(ca.derivedFrom) : QString();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"n\">%4</td><td class=\"n\">%5</td><td class=\"n\">%6</td><td class=\"derived\">%7</td><td class=\"url\">%8</td></tr>")
                    .arg(esc(names.at(i)), esc(ClaimOrder::shortened(a.title, kLongestTitle)),
                         esc(a.published.isValid() ? DateFormat::date(a.published, locale) : Tr::tr("undated")),
                         esc(locale.toString(a.wordCount)), percent(ca.sharedShare()), esc(locale.toString(order.onlyIn.at(i).size())),
                         esc(source), esc(a.url));
    }
    return html + QStringLiteral("</tbody></table>");
}

// Page 1: the outlets and what derives from what, the discrepancies, the charts, then one
// line per outlet.
QString summaryPage(const Comparison &c, const HtmlReport::Options &options, const ClaimOrder &order)
{
    QString html = titleBlock(c, options);
    html += QStringLiteral("<section class=\"summary\"><figure class=\"graph\">%1<figcaption>%2</figcaption></figure>")
                .arg(SvgCharts::derivation(c), esc(Tr::tr("The outlets; an arrow goes from a copy to the article it is derived from.")));
    html += discrepancyTable(c);
    const QString moves = SvgCharts::moves(c), amounts = SvgCharts::amounts(c);
    if (!moves.isEmpty() || !amounts.isEmpty()) {
        html += QStringLiteral("<div class=\"charts\">");
        if (!moves.isEmpty())
            html += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>").arg(moves, esc(Tr::tr("Market moves (percent change) per entity and outlet.")));
        if (!amounts.isEmpty())
            html += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>").arg(amounts, esc(Tr::tr("Amounts of money on a log scale, grouped by what they measure.")));
        html += QStringLiteral("</div>");
    }
    html += outletLines(c, order);
    return html + QStringLiteral("</section>");
}

// The articles in columns for paper: one flex row whose columns Chromium breaks across
// pages, each running down the pages at its own pace as on screen. The outlets' names are
// repeated above the columns on every page by PdfExport.
QString printColumns(const Comparison &c, const ClaimOrder &order)
{
    const QList<double> shares = HtmlReport::printColumnShares(c);
    QString html = legendHtml() + QStringLiteral("<div class=\"pflow\">");
    for (int i = 0; i < c.articles.size(); ++i)
        html += QStringLiteral("<div class=\"pcol\" id=\"a%1\" style=\"flex:%2 1 0\">%3%4</div>")
                    .arg(i)
                    .arg(QString::number(shares.at(i), 'f', 4), articleHeader(c, i), paragraphsHtml(c, i, &order).join(QString()));
    html += QStringLiteral("</div>");
    return html;
}

QString directionText(Figure::Direction d)
{
    return d == Figure::Direction::Up ? Tr::tr("up") : d == Figure::Direction::Down ? Tr::tr("down") : QString();
}

QString matchName(QuoteMatch::Kind k)
{
    switch (k) {
    case QuoteMatch::Kind::Verbatim:
        return Tr::tr("word for word");
    case QuoteMatch::Kind::Altered:
        return Tr::tr("≠ altered");
    case QuoteMatch::Kind::Truncated:
        return Tr::tr("shortened");
    case QuoteMatch::Kind::Extended:
        //: A quote that one outlet gives at greater length than the others
        return Tr::tr("longer");
    case QuoteMatch::Kind::Reported:
        return Tr::tr("reported speech");
    }
    return {};
}

// Claims two or more outlets carry, most-carried first, against the outlets.
QString coverageMatrix(const Comparison &c, const ClaimOrder &order)
{
    constexpr int kLongestClaim = 130;
    QString html = QStringLiteral("<h2>%1</h2><p class=\"meta\">%2</p>")
                       .arg(esc(Tr::tr("Coverage: what two or more outlets report")),
                            esc(Tr::tr("Each row is one claim, the most widely carried first; ● word for word, ◑ reworded, ○ in part.")));
    if (order.shared.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No claim is carried by more than one outlet.")));
    html += QStringLiteral("<table class=\"grid coverage\"><thead><tr><th>%1</th>").arg(esc(Tr::tr("Claim")));
    for (const QString &name : ChartData::outletNames(c)) // short, as on the first page
        html += QStringLiteral("<th>%1</th>").arg(esc(name));
    html += QStringLiteral("</tr></thead><tbody>");
    static const QStringList marks{QString(), QStringLiteral("■"), QStringLiteral("●"), QStringLiteral("◑"), QStringLiteral("○")};
    for (int claim : order.shared) {
        const Claim::Member &lead = c.claims.at(claim).members.first();
        const ComparedArticle &la = c.articles.at(lead.article);
        html += QStringLiteral("<tr><td>%1</td>").arg(esc(ClaimOrder::shortened(la.textOf(la.sentences.at(lead.sentences.first()).range), kLongestClaim)));
        for (int a = 0; a < c.articles.size(); ++a)
            html += QStringLiteral("<td class=\"c\">%1</td>").arg(marks.at(int(c.coverage(claim, a))));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>");
}

// Sentences only one outlet has, per outlet, shortened and numbered as in the columns.
QString onlyInOneOutlet(const Comparison &c, const ClaimOrder &order)
{
    constexpr int kLongestSentence = 120;
    QString html = QStringLiteral("<h2>%1</h2><p class=\"meta\">%2</p>")
                       .arg(esc(Tr::tr("Only in one outlet")),
                            esc(Tr::tr("What no other outlet carries, per outlet in reading order; the numbers are those in the columns.")));
    const QStringList names = ChartData::outletNames(c); // told apart where two are alike
    for (int a = 0; a < c.articles.size(); ++a) {
        const ComparedArticle &ca = c.articles.at(a);
        const QList<int> &only = order.onlyIn.at(a);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Only in %1 (%n sentence(s))", nullptr, int(only.size())).arg(names.at(a))));
        if (only.isEmpty())
            continue;
        html += QStringLiteral("<ol class=\"only\">");
        for (int s : only)
            html += QStringLiteral("<li>%1</li>").arg(esc(ClaimOrder::shortened(ca.textOf(ca.sentences.at(s).range), kLongestSentence)));
        html += QStringLiteral("</ol>");
    }
    return html;
}

QString figuresTable(const Comparison &c)
{
    const QSet<int> disputed = ChartData::disputedFigures(c);
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Figures")));
    if (c.figures.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No figures in these articles.")));
    html += QStringLiteral("<table class=\"grid\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>")
                .arg(esc(Tr::tr("Outlet")), esc(Tr::tr("Figure")), esc(Tr::tr("About")), esc(Tr::tr("Measure")),
                     esc(Tr::tr("Direction")), esc(Tr::tr("Agreement")));
    for (int i = 0; i < c.figures.size(); ++i) {
        const Figure &f = c.figures.at(i);
        const QString text = f.qualifier.isEmpty() ? f.text : f.qualifier + u' ' + f.text;
        html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(disputed.contains(i) ? QStringLiteral(" class=\"disputed-row\"") : QString(),
                         esc(c.articles.at(f.article).article.displayName()), esc(text), esc(f.entity), esc(f.measure),
                         esc(directionText(f.direction)), disputed.contains(i) ? esc(Tr::tr("≠ disagrees")) : QString());
    }
    return html + QStringLiteral("</tbody></table>");
}

QString quotesTable(const Comparison &c)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Quotes")));
    const QList<QList<int>> groups = QuoteExtractor::groups(c);
    if (groups.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No quotations in these articles.")));
    html += QStringLiteral("<table class=\"grid\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead><tbody>")
                .arg(esc(Tr::tr("Quote")), esc(Tr::tr("Speaker")), esc(Tr::tr("Outlets")), esc(Tr::tr("Match")));
    for (const QList<int> &group : groups) {
        const Quote &first = c.quotes.at(group.first());
        const QString speaker = QuoteExtractor::speakerOf(c, group);
        const QStringList outlets = QuoteExtractor::outletsOf(c, group);
        QStringList kinds;
        for (int q : group) {
            for (const QuoteMatch &m : c.quotes.at(q).matches) {
                if (!kinds.contains(matchName(m.kind)))
                    kinds.append(matchName(m.kind));
            }
        }
        if (kinds.isEmpty() && c.articles.size() > 1)
            kinds.append(Tr::tr("only in this outlet"));
        html += QStringLiteral("<tr><td>“%1”</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(first.text), esc(speaker), esc(outlets.join(QStringLiteral(", "))), esc(kinds.join(QStringLiteral(", "))));
    }
    return html + QStringLiteral("</tbody></table>");
}

// Every discrepancy in full, the quotes only one outlet has among them.
QString discrepancyList(const Comparison &c)
{
    if (c.discrepancies.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><ol class=\"discrepancies\">").arg(esc(Tr::tr("Discrepancies in full")));
    for (const Discrepancy &d : c.discrepancies) {
        QStringList items;
        for (const Discrepancy::Item &item : d.items)
            items.append(QStringLiteral("<b>%1</b>: %2").arg(esc(c.articles.at(item.article).article.displayName()), esc(item.text)));
        html += QStringLiteral("<li><span class=\"about\">%1: %2</span> — %3</li>")
                    .arg(esc(Labels::discrepancyKind(d.kind)),
                         esc(Labels::discrepancyAbout(d.about)), items.join(QStringLiteral(" · ")));
    }
    return html + QStringLiteral("</ol>");
}

// After the columns: the coverage of shared claims, what only one outlet has, and the
// figures, quotes and discrepancies in full.
QString appendix(const Comparison &c, const ClaimOrder &order)
{
    QString html = QStringLiteral("<section class=\"facts appendix\"><h1 class=\"apx\">%1</h1>").arg(esc(Tr::tr("Appendix")));
    html += coverageMatrix(c, order);
    html += onlyInOneOutlet(c, order);
    html += figuresTable(c);
    html += quotesTable(c);
    html += discrepancyList(c);
    return html + QStringLiteral("</section>");
}

} // namespace

QList<double> HtmlReport::printColumnShares(const Comparison &comparison)
{
    const qsizetype n = comparison.articles.size();
    QList<double> shares(n, n > 0 ? 1.0 / double(n) : 0.0);
    double total = 0.0;
    for (const ComparedArticle &a : comparison.articles)
        total += std::max(1, a.article.wordCount);
    if (n < 2 || total <= 0)
        return shares;
    // Proportional to length, with a floor: the floored columns take the floor, the others
    // share the rest in proportion, until no column falls below it.
    const double floor = 0.6 / double(n);
    QList<bool> floored(n, false);
    for (bool changed = true; changed;) {
        changed = false;
        double rest = 1.0, weight = 0.0;
        for (qsizetype i = 0; i < n; ++i) {
            if (floored.at(i))
                rest -= floor;
            else
                weight += std::max(1, comparison.articles.at(i).article.wordCount);
        }
        for (qsizetype i = 0; i < n; ++i) {
            shares[i] = floored.at(i) ? floor : rest * std::max(1, comparison.articles.at(i).article.wordCount) / weight;
            if (!floored.at(i) && shares.at(i) < floor) {
                floored[i] = true;
                changed = true;
            }
        }
    }
    return shares;
}

QString HtmlReport::render(const Comparison &comparison, const Options &options)
{
    // A fresh nonce per page: only the script written below may run, nothing else.
    const QString nonce = QString::number(QRandomGenerator::global()->generate64(), 36);
    QString html;
    html.reserve(4096);
    html += QStringLiteral("<!DOCTYPE html>\n<html%1><head><meta charset=\"utf-8\">")
                .arg(options.print ? QStringLiteral(" class=\"print\"")
                     : options.dark ? QStringLiteral(" class=\"screen dark\"")
                                    : QStringLiteral(" class=\"screen\""));
    // No foreign script, no remote resource, no form: the page is inert whatever the
    // articles hold.
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                           "'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-%1'\">")
                .arg(nonce);
    html += QStringLiteral("<title>%1</title><style>")
                .arg(esc(comparison.isEmpty() ? Tr::tr("Comparison")
                                              : comparison.articles.first().article.title));
    html += QString::fromUtf8(kStyle);
    if (!options.print)
        html += QStringLiteral("body{font-size:%1%%;}").arg(options.fontPercent);
    html += QStringLiteral("</style></head><body>");

    if (comparison.isEmpty()) {
        html += QStringLiteral("<div class=\"empty\">%1</div></body></html>")
                    .arg(esc(Tr::tr("Select two to six articles in the library, or drop article "
                                    "files here, to read them side by side.")));
        return html;
    }

    if (options.print) {
        using Part = HtmlReport::Options::Part;
        const ClaimOrder order = ClaimOrder::of(comparison);
        const QString pageBreak = QStringLiteral("<div style=\"break-before:page\"></div>");
        if (options.part == Part::Everything || options.part == Part::Summary)
            html += summaryPage(comparison, options, order);
        if (options.part == Part::Everything)
            html += pageBreak;
        if (options.part == Part::Everything || options.part == Part::Articles)
            html += printColumns(comparison, order);
        if (options.part == Part::Everything)
            html += pageBreak;
        if (options.part == Part::Everything || options.part == Part::Facts)
            html += appendix(comparison, order);
        html += QStringLiteral("</body></html>\n");
        return html;
    }
    if (comparison.articles.size() > 1)
        html += legendHtml();

    QList<int> shown;
    for (int i : options.columns) {
        if (i >= 0 && i < comparison.articles.size() && !shown.contains(i))
            shown.append(i);
    }
    if (shown.isEmpty()) {
        for (int i = 0; i < comparison.articles.size(); ++i)
            shown.append(i);
    }
    html += QStringLiteral("<main class=\"columns\" style=\"grid-template-columns:repeat(%1, "
                           "minmax(20em, 1fr))\">\n")
                .arg(shown.size());
    for (int i : std::as_const(shown))
        renderArticle(html, comparison, i);
    html += QStringLiteral("</main><script nonce=\"%1\">%2</script></body></html>\n")
                .arg(nonce, QString::fromUtf8(kScript));
    return html;
}

} // namespace Parallax
