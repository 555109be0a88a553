// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article.h"

namespace Parallax {

QString Article::displayName() const
{
    return outlet.isEmpty() ? title : outlet;
}

} // namespace Parallax
