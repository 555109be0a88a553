// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/boilerplate.h"

#include <QRegularExpression>

namespace Parallax {

namespace {

QRegularExpression anchored(const char *alternatives) {
    return QRegularExpression(QStringLiteral("^(?:") + QString::fromUtf8(alternatives) + u')',
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

// A paragraph from which on the rest of the body is furniture: the article has ended.
const QRegularExpression &endsArticle() {
    static const QRegularExpression rx =
        anchored("about the author\\b|read next\\b|read more\\b|more on this story|related "
                 "(?:stories|articles|posts)\\b|"
                 "leave a reply|leave a comment|\\d+ comments?\\b|comments\\s*$|you[’']ve read all "
                 "of your free|"
                 "subscribe to (?:continue|keep) reading|to continue reading|view all posts "
                 "by|share this( article)?:?$|"
                 "most read\\b|über den autor|mehr zum thema|weitere artikel|"
                 "posted by\\b.{1,60}\\b(?:at|on)\\b.*\\d{4}|this entry was "
                 "posted\\b|trackback\\b|leave a response|"
                 "post a comment|comments powered by|you might also like|more content from|explore "
                 "related topics|"
                 "elsewhere on\\b|posted on this day|your email address will not be published|"
                 "join the (?:conversation|discussion)\\b|have your say\\b|"
                 "schreibe(?:n sie)? einen kommentar|kommentar "
                 "(?:schreiben|verfassen|hinterlassen)|kommentare\\s*$|"
                 "ihre e-?mail-adresse wird nicht veröffentlicht|diskutieren sie mit\\b");
    return rx;
}

// The opening of an author's biography: "Mukesh Singh Profile He is ...", "Jane Doe Bio",
// "Zur Person". Like "About the author", the article has ended.
const QRegularExpression &opensBiography() {
    static const QRegularExpression rx(
        QStringLiteral("^(?:(?:\\p{Lu}[\\p{L}'.-]+ ){1,3}(?:Profile|Bio|Biography)\\b|(?i:zur "
                       "person\\b|über (?:den|die) autor(?:in)?\\b|"
                       "about the (?:author|writer|reporter)s?\\b))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return rx;
}

// One or two sentences about who wrote the piece, at its end: "Ada Moss is a senior
// reporter at the Gazette.", "Lena Vogt ist Redakteurin im Ressort Wirtschaft."
const QRegularExpression &isAuthorNote() {
    static const QRegularExpression rx(
        QStringLiteral(
            "^(?:\\p{Lu}[\\p{L}'.-]+ ){1,3}(?:is|was|ist|war|has been) "
            "(?:(?:an?|the|eine?|der|die|seit \\d{4}) )?"
            "(?:[\\p{L}-]+ "
            "){0,4}(?i:reporter|journalist|writer|correspondent|editor|columnist|contributor|"
            "redakteur|korrespondent|autor|kolumnist)(?:in|s)?\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return rx;
}

// A photo's caption that ends with its credit: "DeepSeek app on a phone (AFP via Getty
// Images)", "Ein Händler an der Börse. Foto: dpa", "... in Beijing. REUTERS/Tingshu Wang".
const QRegularExpression &isCaption() {
    static const QRegularExpression rx(
        QStringLiteral(
            "(?:\\((?:[^()]{0,60}\\b)?(?:getty images|afp|reuters|ap photo|ap|dpa|epa|imago(?: "
            "images)?|"
            "picture[ "
            "-]alliance|shutterstock|bloomberg|xinhua|anadolu|keystone|ddp|istock(?:photo)?|alamy|"
            "efe|ansa|"
            "pa(?: wire| images)?|sipa|zuma(?: press)?|nurphoto|sopa images|afp/getty "
            "images)\\b[^()]{0,40}\\)|"
            "\\b(?:reuters|afp|ap photo|dpa|epa|imago|getty images)/\\p{Lu}[\\p{L} .'-]{1,40}|"
            "\\b(?:photo|foto|bild|image|credit|bildquelle)s?:\\s*[^.:]{2,60})\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return rx;
}

// The heading of an author's box: "About Jane Smith".
const QRegularExpression &aboutSomeone() {
    static const QRegularExpression rx(
        QStringLiteral("^About (?:\\p{Lu}[\\p{L}'.-]+ ){1,2}\\p{Lu}[\\p{L}'-]+$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return rx;
}

// Short lines of a page's frame inside the body: copyright, credits of photo agencies,
// links to comments, tags and categories, a blog's "« Previous | Main", sidebar markers.
const QRegularExpression &isPageLine() {
    static const QRegularExpression rx = anchored(
        ".{0,40}all rights reserved\\.?$|©|copyright\\b|continue reading the main story|view full "
        "size$|watch video$|"
        "show full .{0,20}text$|jump to comments|comment on facebook|comments? \\(\\d+\\)$|no "
        "comments\\b|"
        "(?:posted|filed) (?:in|under)\\b|tags?:|bookmark the permalink|you are here:|"
        "(?:start|end|skip to end|return to start) of sidebar|previous \\d+ ?/ ?\\d+ next|‹ back "
        "to|"
        "(?:close|clear|rss|video|photo|gallery)$|follow .{0,40} on "
        "twitter|«.*\\|\\s*main\\b|.{0,80}\\|\\s*main\\s*(?:\\|.*»)?$|"
        "(?:the )?(?:associated press|reuters|getty images|afp|european pressphoto agency)$|"
        ".{0,60}/(?:ap photo|getty images|reuters|afp|the new york times)$|most popular\\b|"
        // Navigation: a table of contents' head, "back to top", a bare "References".
        "(?:back|return) to top$|(?:zurück )?nach oben$|zum seitenanfang$|in this "
        "(?:article|story):?$|"
        "in diesem artikel:?$|(?:table of )?contents:?$|inhalt(?:sverzeichnis)?:?$|jump to:?$|skip "
        "to (?:main )?content$|"
        "zum inhalt "
        "springen$|references:?$|sources:?$|quellen:?$|einzelnachweise:?$|(?:previous|next) "
        "(?:article|post|story)\\b|"
        "(?:vorheriger|nächster) artikel\\b|home\\s*[›>»/|]|startseite\\s*[›>»/|]|"
        // Share prompts and a row of share buttons.
        "share:?$|teilen:?$|(?:diesen )?artikel (?:teilen|versenden|drucken)$|jetzt teilen$|"
        "(?:auf )?(?:facebook|twitter|x|whatsapp|linkedin|e-?mail) teilen$|tweet(?: "
        "this)?$|e-?mail$|print$|drucken$|pin it$|"
        "(?:facebook|twitter|linkedin|whatsapp|e-?mail|print|x|pinterest|reddit|copy link|link "
        "kopieren)"
        "(?:\\s*[|,/"
        "·•]?\\s*(?:facebook|twitter|linkedin|whatsapp|e-?mail|print|x|pinterest|reddit|copy "
        "link|link kopieren))+$");
    return rx;
}

// Single paragraphs of furniture inside the body.
const QRegularExpression &isFurniture() {
    static const QRegularExpression rx =
        anchored("advertisement\\b|anzeige\\s*$|sponsored\\b|sign up "
                 "(?:here|now|for)\\b|subscribe\\b|already a subscriber|log in\\s*$|"
                 "newsletter\\b|(?:the )?[\\p{L} ]{0,30} newsletter "
                 "(?:brings|sends|delivers)|lesen sie auch:|read more:|related:|see also:|"
                 "watch:|video:|listen:|picture:|photo:|image:|photograph:|credit:|share "
                 "(?:this|on)\\b|click here|follow us\\b|"
                 "(?:\\()?reporting by\\b|additional reporting by\\b|editing by\\b|writing "
                 "by\\b|courtesy:?\\s|our standards:|"
                 "mit der anmeldung|sie können den newsletter|jetzt (?:anmelden|abonnieren)|offer "
                 "available|full terms|"
                 "terms and conditions|after the introductory period|required fields are "
                 "marked|erforderliche felder sind|"
                 "photo credit:|image credit:|bildquelle:|foto:|fotos:|bild:|pictured:|\\(?photo "
                 "by\\b|\\(?foto von\\b|file photo\\b|"
                 "share (?:via|with)\\b|click to share\\b|teilen sie (?:diesen|den) artikel");
    return rx;
}

// Date and time lines ("March 3, 2026 8:14 AM GMT Updated ...", "Published: 22/01/2026 06:45").
bool isDateLine(const QString &p) {
    static const QRegularExpression rx(
        QStringLiteral(
            "^(?:by [^.]{2,60}?\\s+)?(?:published|updated|last "
            "(?:modified|updated)|posted|veröffentlicht|aktualisiert)?:?\\s*"
            "(?:\\w+,?\\s+)?(?:\\d{1,2}[./ ]\\s*\\w+[./ "
            "]\\s*\\d{2,4}|\\w+\\s+\\d{1,2},\\s*\\d{4}|\\d{4}-\\d{2}-\\d{2})"
            "[\\s\\d:.apmAPMGTUCBS]*(?:(?:updated|last modified|aktualisiert|published)\\b.*)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // The time first: "PUBLISHED: 00:01, Tue, Jan 3, 2012 | UPDATED: 10:12, Tue, Jan 3, 2012".
    static const QRegularExpression timeFirst(
        QStringLiteral("^(?:published|updated|posted|last "
                       "updated)\\s*:?\\s*\\d{1,2}[:.]\\d{2}\\b.*\\d{4}\\b[^.!?]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return rx.match(p).hasMatch() || timeFirst.match(p).hasMatch();
}

} // namespace

Boilerplate::Result Boilerplate::trim(const QStringList &paragraphs) {
    Result r;
    bool ended = false;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QString p = paragraphs.at(i).simplified();
        const int words = int(p.count(u' ')) + 1;
        // The end of the article is only believed past its first paragraphs.
        if (!ended && i >= 2 &&
            ((words <= 16 &&
              (endsArticle().match(p).hasMatch() || aboutSomeone().match(p).hasMatch())) ||
             opensBiography().match(p).hasMatch()))
            ended = true;
        // A note on the author only counts in the last quarter of the text.
        const bool nearEnd = i >= 2 && i * 4 >= paragraphs.size() * 3;
        static const QRegularExpression hasWord(QStringLiteral("[\\p{L}\\p{N}]"),
                                                QRegularExpression::UseUnicodePropertiesOption);
        const bool furniture = ended || (words <= 40 && isFurniture().match(p).hasMatch()) ||
                               (words <= 20 && isDateLine(p)) ||
                               (words <= 16 && isPageLine().match(p).hasMatch()) ||
                               (words <= 30 && isCaption().match(p).hasMatch()) ||
                               (nearEnd && words <= 60 && isAuthorNote().match(p).hasMatch()) ||
                               !hasWord.match(p).hasMatch();
        (furniture ? r.trimmed : r.kept).append(paragraphs.at(i));
        r.keeps.append(!furniture);
    }
    if (r.kept.isEmpty()) // never trim an article away entirely
        return Result{paragraphs, {}, QList<bool>(paragraphs.size(), true), {}, {}};
    // Credits: "Reporting by A and B in London; Additional reporting by C; Editing by D".
    static const QRegularExpression credit(
        QStringLiteral("^\\(?\\s*((?:additional )?reporting by|writing by|editing "
                       "by|courtesy:?|credit:|photograph(?:y)?:?|von)\\s+(.+?)\\)?\\.?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression place(QStringLiteral("\\s+in\\s+\\p{Lu}[\\p{L} ]*$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &t : std::as_const(r.trimmed)) {
        for (const QString &part : t.split(u';', Qt::SkipEmptyParts)) {
            const auto m = credit.match(part.simplified());
            if (!m.hasMatch())
                continue;
            r.credits.append(part.simplified());
            if (r.reporters.isEmpty() &&
                m.captured(1).compare(QLatin1String("reporting by"), Qt::CaseInsensitive) == 0) {
                QString names = m.captured(2);
                names.remove(place);
                r.reporters = names.trimmed();
            }
        }
    }
    return r;
}

} // namespace Parallax
