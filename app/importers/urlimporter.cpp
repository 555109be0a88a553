// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/urlimporter.h"

#include "importers/htmlimporter.h"
#include "importers/textimporter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Parallax {

namespace {

// Messages of this file, in UrlImporter's translation context (lupdate reads the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::UrlImporter)
};

// Why a download failed, in words: a timeout, too many redirects, an https page sending to
// http, the server's own status ("404 Not Found"), or the network's message.
QString replyError(const QNetworkReply &reply, const UrlImporter::Limits &limits) {
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Tr::tr("the server did not answer within %1 seconds").arg(limits.timeoutMs / 1000);
    case QNetworkReply::TooManyRedirectsError:
        return Tr::tr("more than %1 redirects").arg(limits.maxRedirects);
    case QNetworkReply::InsecureRedirectError:
        return Tr::tr("it redirects from https to an insecure http address");
    default:
        break;
    }
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return Tr::tr("the server answered %1 %2")
            .arg(status)
            .arg(reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    return reply.errorString();
}

} // namespace

bool UrlImporter::isWebLink(const QUrl &url) {
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

UrlImporter::Download UrlImporter::download(const QUrl &url, const Limits &limits,
                                            const QByteArray &accept) {
    Download d;
    if (!isWebLink(url)) {
        d.error = Tr::tr("only http and https links can be imported");
        return d;
    }
    QNetworkAccessManager network;
    network.setStrictTransportSecurityEnabled(true);
    network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy); // never https -> http
    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(limits.maxRedirects);
    request.setTransferTimeout(limits.timeoutMs);
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("Parallax/%1 (article reader)").arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", accept);

    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QString &error = d.error;
    QByteArray &data = d.data;
    // The size limit: by the announced length, and by what actually arrives.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > limits.maxBytes) {
            error = Tr::tr("the page is larger than %1")
                        .arg(QLocale().formattedDataSize(limits.maxBytes));
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        data += reply->readAll();
        if (data.size() > limits.maxBytes) {
            error = Tr::tr("the page is larger than %1")
                        .arg(QLocale().formattedDataSize(limits.maxBytes));
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A safety net over the transfer timeout (which restarts with every byte received).
    QTimer::singleShot(limits.timeoutMs * 3, &loop, [&] {
        if (error.isEmpty())
            error = Tr::tr("the download did not finish in time");
        reply->abort();
    });
    loop.exec();
    data += reply->readAll();

    d.finalUrl = reply->url();
    if (error.isEmpty() && reply->error() != QNetworkReply::NoError)
        error = replyError(*reply, limits);
    // (After redirects Qt may list every hop's type: the last one is the page's.)
    d.contentType = reply->header(QNetworkRequest::ContentTypeHeader)
                        .toString()
                        .section(u',', -1)
                        .section(u';', 0, 0)
                        .trimmed()
                        .toLower();
    reply->deleteLater();
    if (error.isEmpty() && data.isEmpty())
        error = Tr::tr("the page is empty");
    return d;
}

ImportResult UrlImporter::fetch(const QUrl &url, const Limits &limits) {
    const Download d = download(url, limits, "text/html,application/xhtml+xml,text/plain;q=0.8");
    if (!d.error.isEmpty())
        return ImportResult::failure(d.error);
    const QUrl &finalUrl = d.finalUrl;
    const QString &type = d.contentType;
    const QByteArray &data = d.data;

    ImportResult result;
    if (type.isEmpty() || type == QLatin1String("text/html") ||
        type == QLatin1String("application/xhtml+xml"))
        result = HtmlImporter().parse(data, finalUrl.toString());
    else if (type == QLatin1String("text/plain") || type == QLatin1String("text/markdown"))
        result = TextImporter().parse(data, finalUrl.fileName().isEmpty() ? finalUrl.host()
                                                                          : finalUrl.fileName());
    else
        return ImportResult::failure(Tr::tr("unsupported type of page (%1)").arg(type));
    if (result.ok()) {
        if (result.article->url.isEmpty())
            result.article->url = finalUrl.toString();
        result.article->sourcePath = url.toString();
        result.article->sourceFormat = type.contains(QLatin1String("html")) || type.isEmpty()
                                           ? QStringLiteral("html")
                                           : QStringLiteral("text");
        if (result.article->outlet.isEmpty())
            result.article->outlet = finalUrl.host();
    }
    return result;
}

} // namespace Parallax
