// SPDX-License-Identifier: GPL-3.0-or-later
// Parallax's article extraction, run in an isolated world of an offline page after
// Readability.js. Defines parallaxExtract(doc): the article of a document as paragraphs and
// its metadata, as one JSON string. The document is either the loaded page (MHTML) or one
// made by DOMParser from a page's text: an inert document that runs no script and loads
// nothing. Defined once per extractor page, called once per saved page.
var parallaxExtract = (function () {
  'use strict';

  function clean(s) {
    return (s || '').replace(/\s+/g, ' ').trim();
  }

  function meta(doc, names) {
    for (var i = 0; i < names.length; i++) {
      var m = doc.querySelector('meta[property="' + names[i] + '"], meta[name="' + names[i] + '"], meta[itemprop="' + names[i] + '"]');
      if (m && m.getAttribute('content') && clean(m.getAttribute('content'))) return clean(m.getAttribute('content'));
    }
    return '';
  }

  // JSON-LD: the first NewsArticle/Article-like object (looking into @graph and arrays),
  // and the first WebSite/Organization name as a fallback outlet.
  function jsonLd(doc) {
    var found = {article: null, site: ''};
    doc.querySelectorAll('script[type="application/ld+json"]').forEach(function (s) {
      var data;
      try { data = JSON.parse(s.textContent); } catch (e) { return; }
      var queue = Array.isArray(data) ? data.slice() : [data];
      for (var guard = 0; queue.length && guard < 500; guard++) {
        var o = queue.shift();
        if (!o || typeof o !== 'object') continue;
        if (Array.isArray(o)) { queue = queue.concat(o); continue; }
        if (o['@graph']) queue = queue.concat(o['@graph']);
        var type = [].concat(o['@type'] || []).join(' ');
        if (/Article|Report|BlogPosting|NewsArticle/.test(type) && !found.article) found.article = o;
        if (/WebSite|Organization|NewsMediaOrganization/.test(type) && !found.site && typeof o.name === 'string') found.site = clean(o.name);
      }
    });
    return found;
  }

  // "A", "A and B", "A, B and C", as a byline reads.
  function names(v) {
    if (!v) return '';
    var list = [].concat(v).map(function (a) { return typeof a === 'string' ? a : (a && a.name) || ''; })
      .map(clean).filter(Boolean);
    return list.length < 2 ? list.join('') : list.slice(0, -1).join(', ') + ' and ' + list[list.length - 1];
  }

  // Publication date candidates in order of trust: JSON-LD, article:published_time,
  // itemprop="datePublished" (any element), <time datetime>, a <time> holding the date as
  // text, then other date metas. The reader (C++) takes the first it can read.
  function dates(doc, ld) {
    var out = [];
    function add(v) { v = clean(typeof v === 'string' ? v : ''); if (v) out.push(v); }
    if (ld) add(ld.datePublished);
    add(meta(doc, ['article:published_time', 'og:article:published_time']));
    doc.querySelectorAll('[itemprop="datePublished"]').forEach(function (e) {
      add(e.getAttribute('content') || e.getAttribute('datetime') || e.textContent);
    });
    doc.querySelectorAll('time[datetime]').forEach(function (e) {
      if (out.length < 8) add(e.getAttribute('datetime'));
    });
    doc.querySelectorAll('time').forEach(function (e) {
      if (out.length < 8 && e.textContent.length < 80) add(e.textContent);
    });
    add(meta(doc, ['datePublished', 'date', 'pubdate', 'publishdate', 'DC.date.issued', 'dc.date', 'sailthru.date']));
    return out;
  }

  // The text of one element's words as links / all its words: high for menus and lists of
  // related stories.
  function linkDensity(e, textLength) {
    var linked = 0;
    e.querySelectorAll('a').forEach(function (a) { linked += clean(a.textContent).length; });
    return textLength ? linked / textLength : 0;
  }

  var BLOCK = /^(P|DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|H[1-6]|LI|UL|OL|DL|DT|DD|BLOCKQUOTE|PRE|TABLE|TBODY|THEAD|TFOOT|TR|TD|TH|CAPTION|FIGURE|FIGCAPTION|ADDRESS|HR|CENTER)$/;
  var SKIP = /^(NAV|ASIDE|FORM|BUTTON|SCRIPT|STYLE|NOSCRIPT|SELECT|TEXTAREA|IFRAME|SVG|TEMPLATE|OBJECT|EMBED|VIDEO|AUDIO|CANVAS|MATH)$/;
  var BREAK = '\u0001';

  // Whether an element of the article is furniture: a list or table made of links (related
  // stories, tags, share buttons), a figure's caption, a data table.
  function skipped(e) {
    var tag = e.tagName;
    if (SKIP.test(tag) || tag === 'FIGURE' || tag === 'FIGCAPTION') return true;
    if (tag === 'UL' || tag === 'OL' || tag === 'DL') {
      var text = clean(e.textContent);
      return !text || linkDensity(e, text.length) > 0.5;
    }
    if (tag === 'TABLE') {
      // A table that lays text out (one column of paragraphs) is read; a grid of figures is not.
      var cells = e.querySelectorAll('td, th').length;
      var words = clean(e.textContent).split(' ').length;
      return cells > 1 && words / cells < 12;
    }
    return false;
  }

  // A short line with no sentence punctuation: a heading such as "Related stories".
  function isHeading(text) {
    return text.length > 0 && text.split(' ').length <= 6 && !/[.!?"”:]$/.test(text);
  }

  // Whether a list of links is part of the article even so: it is most of the article's
  // text (a roundup of links with comments), or a paragraph ending in ":" introduces it.
  function listBelongs(list, previous, totalLength) {
    var length = clean(list.textContent).length;
    return length > totalLength / 2 || /:$/.test(previous || '') || itemsSayMore(list);
  }

  // Whether most items of a list say something besides their link ("November 23rd, 2012:
  // <a>Featured region</a>", "<a>Story</a> – why it matters"): a list of the article's.
  function itemsSayMore(list) {
    var items = list.querySelectorAll('li');
    var saying = 0;
    items.forEach(function (li) {
      var all = clean(li.textContent).split(' ').length;
      var linked = 0;
      li.querySelectorAll('a').forEach(function (a) { linked += clean(a.textContent).split(' ').filter(Boolean).length; });
      if (all - linked >= 4) saying++;
    });
    return items.length > 0 && saying >= items.length / 2;
  }

  // Paragraphs of an element: the text of its block elements in order (lists included);
  // <br><br> splits a block, a single <br> is a space. A list or table of links is left out
  // with the heading just before it.
  function paragraphsOf(root) {
    var out = [];
    var buf = '';
    var totalLength = clean(root.textContent).length;
    function flush() {
      buf.split(new RegExp(BREAK + '\\s*(?:' + BREAK + '\\s*)+')).forEach(function (t) {
        t = clean(t.split(BREAK).join(' '));
        if (t) out.push(t);
      });
      buf = '';
    }
    function walk(n) {
      if (n.nodeType === 3) { buf += n.data; return; }
      if (n.nodeType !== 1) return;
      if (n.tagName === 'BR') { buf += BREAK; return; }
      if (skipped(n)) {
        var list = /^(UL|OL|DL)$/.test(n.tagName);
        if (list && listBelongs(n, clean(buf) || out[out.length - 1], totalLength)) {
          // read as any other block
        } else {
          if (list || n.tagName === 'TABLE') {
            if (isHeading(clean(buf.split(BREAK).join(' ')))) buf = '';
            else if (!clean(buf) && out.length && isHeading(out[out.length - 1])) out.pop();
          }
          return;
        }
      }
      var block = BLOCK.test(n.tagName);
      if (block) flush();
      for (var c = n.firstChild; c; c = c.nextSibling) walk(c);
      if (block) flush();
    }
    walk(root);
    flush();
    return out;
  }

  function words(paragraphs) {
    var n = 0;
    paragraphs.forEach(function (p) { n += p.split(' ').length; });
    return n;
  }

  // The one element the page marks as its article's body, if there is exactly one.
  function markedBody(doc) {
    var selectors = ['[itemprop="articleBody"]', '.entry-content', '.entry-body', '.post-body', '.article-body', '.story-body'];
    for (var i = 0; i < selectors.length; i++) {
      var found = doc.querySelectorAll(selectors[i]);
      if (found.length === 1) return found[0];
      if (found.length > 1) return null;
    }
    return null;
  }

  // Whether most words of `part` are among the words of `whole`.
  function contains(whole, part) {
    var have = new Set(whole.join(' ').split(' '));
    var list = part.join(' ').split(' ');
    var inside = list.filter(function (w) { return have.has(w); }).length;
    return inside >= 0.8 * list.length;
  }

  // JSON-LD articleBody as paragraphs (some sites put the whole text there, one line each).
  function ldParagraphs(ld) {
    if (!ld || typeof ld.articleBody !== 'string') return [];
    return ld.articleBody.split(/\n\s*/).map(clean).filter(Boolean);
  }

  return function (doc) {
    var ld = jsonLd(doc);
    var article = ld.article || {};
    var h1 = doc.querySelector('article h1, main h1, h1');
    var canonical = doc.querySelector('link[rel="canonical"]');
    var result = {
      title: clean(typeof article.headline === 'string' ? article.headline : '') || clean(h1 && h1.textContent) ||
             meta(doc, ['og:title', 'twitter:title']),
      byline: names(article.author),
      siteName: meta(doc, ['og:site_name']),
      publisher: names(article.publisher),
      applicationName: meta(doc, ['application-name']),
      ldSite: ld.site,
      dates: dates(doc, ld.article),
      url: clean((canonical && canonical.getAttribute('href')) || meta(doc, ['og:url']) ||
                 (typeof article.url === 'string' ? article.url : '')),
      language: clean(doc.documentElement.getAttribute('lang') || meta(doc, ['og:locale', 'language'])),
      metaAuthor: meta(doc, ['author', 'article:author', 'byl']),
      docTitle: clean(doc.title)
    };
    var fromLd = ldParagraphs(ld.article);
    var marked = markedBody(doc);
    var fromMarked = marked ? paragraphsOf(marked) : [];
    var read = null;
    try {
      read = new Readability(doc, {keepClasses: false, serializer: function (e) { return e; }}).parse();
    } catch (e) {
      read = null;
    }
    var paragraphs = read && read.content ? paragraphsOf(read.content) : [];
    result.source = 'readability';
    // Readability found far less than the page's own structured copy of the article.
    if (fromLd.length && words(fromLd) > 1.5 * words(paragraphs) + 20) {
      paragraphs = fromLd;
      result.source = 'json-ld';
    }
    // The page marks its article's body (schema.org articleBody, hAtom entry-content):
    // preferred when Readability took it along with much else (a sidebar, comments).
    var markedWords = words(fromMarked);
    if (result.source === 'readability' && markedWords >= 10 && words(paragraphs) > 1.3 * markedWords + 10 &&
        contains(paragraphs, fromMarked)) {
      paragraphs = fromMarked;
      result.source = 'marked';
    }
    result.paragraphs = paragraphs;
    if (read) {
      result.title = result.title || clean(read.title);
      result.readabilityByline = clean(read.byline);
      result.readabilitySite = clean(read.siteName);
      result.dates.push(clean(read.publishedTime));
      result.language = result.language || clean(read.lang);
    }
    return JSON.stringify(result);
  };
})();
