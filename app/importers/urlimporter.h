// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importresult.h"

#include <QUrl>

namespace Parallax {

// A link (http or https) to an article: the page is downloaded with QNetworkAccessManager
// and read like a saved page (HtmlImporter), or as text when it is plain text. Only the
// page itself is fetched, never what it references. Limits: a timeout, a size limit, at
// most five redirects, never from https down to http (and HSTS is honoured). Runs the
// event loop until done; needs a QGuiApplication for the HTML reading.
class UrlImporter final {
public:
    struct Limits {
        int timeoutMs = 20000;
        qint64 maxBytes = 20 * 1024 * 1024;
        int maxRedirects = 5;
    };

    // What a download gave: the bytes, or why not.
    struct Download {
        QByteArray data;
        QUrl finalUrl;       // after redirects
        QString contentType; // lower case, without parameters
        QString error;
    };
    static Download download(const QUrl &url, const Limits &limits, const QByteArray &accept);

    static ImportResult fetch(const QUrl &url) { return fetch(url, Limits{}); }
    static ImportResult fetch(const QUrl &url, const Limits &limits);

    // Whether a string is a link this importer takes (http or https with a host).
    static bool isWebLink(const QUrl &url);
};

} // namespace Parallax
