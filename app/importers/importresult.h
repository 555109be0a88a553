// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <optional>

namespace Parallax {

// What reading one file gave: an article, or the reason a person reads for skipping it.
struct ImportResult final {
    std::optional<Article> article;
    QString error;

    bool ok() const { return article.has_value(); }
    static ImportResult success(Article a) { return {std::move(a), {}}; }
    static ImportResult failure(QString reason) { return {std::nullopt, std::move(reason)}; }
};

} // namespace Parallax
