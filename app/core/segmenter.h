// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textrange.h"

#include <QList>
#include <QString>

namespace Parallax {

// One sentence of a body: its exact characters and the paragraph it belongs to.
struct Sentence final {
    TextRange range;
    int paragraph = 0;
    // A heading ("What is DeepSeek?", "Founder and Background"): a short line standing as a
    // paragraph of its own, without a sentence's end, before more text. Kept and shown as a
    // heading, never aligned or counted as a claim.
    bool heading = false;
};

// A body cut into paragraphs and sentences, every piece a range of the original text.
struct Segmentation final {
    QList<TextRange> paragraphs;
    QList<Sentence> sentences;
};

// Cuts article bodies into paragraphs and sentences. It follows Unicode sentence boundaries
// and adds what news prose needs: titles and initialisms ("Mr.", "U.S.") do not end a
// sentence, a headline on its own line is a sentence, hard-wrapped lines are joined.
class Segmenter final {
public:
    static Segmentation segment(const QString &body);
};

} // namespace Parallax
