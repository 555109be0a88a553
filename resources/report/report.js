// SPDX-License-Identifier: GPL-3.0-or-later
// The screen page's script (app/report/screenreport.cpp): lights up a sentence's
// counterparts in the other columns while the pointer is on it, the filters, the overview
// strips. Our own script, allowed by the page's nonce; article text never carries any.
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
