// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time generator: turns the WordNet database (Debian's wordnet-base,
// /usr/share/wordnet) into the compact synonym table the aligner reads, written into the
// build directory. Only each word's most frequent sense counts, so that a word joins the
// synonyms of what it usually means ("lawyer" ~ "attorney", not every rare sense), and
// words are reduced to the Snowball stems the tokenizer uses. One line per stem and
// partner, "stem<TAB>partner", both directions, sorted bytewise, unique.
//
//   wordnetpairs WORDNET_DIR OUTPUT
//
// Without a WordNet directory it writes an empty table (the engine then works without).
#include <libstemmer.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string stem(sb_stemmer *stemmer, const std::string &word) {
    const sb_symbol *s = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(word.data()),
                                         int(word.size()));
    return s ? std::string(reinterpret_cast<const char *>(s), size_t(sb_stemmer_length(stemmer)))
             : word;
}

bool plainWord(const std::string &w) {
    if (w.size() < 3)
        return false;
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// index.POS: lemma -> offset of its first (most frequent) sense, and how many of its
// senses were seen in the tagged corpus (how common the word is in this part of speech).
struct Sense {
    std::string offset;
    int tagged = 0;
};

std::map<std::string, Sense> firstSenses(const std::string &path) {
    std::map<std::string, Sense> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == ' ')
            continue; // licence header
        std::istringstream fields(line);
        std::string lemma, pos;
        int synsets = 0, pointers = 0;
        fields >> lemma >> pos >> synsets >> pointers;
        std::string skip;
        for (int i = 0; i < pointers; ++i)
            fields >> skip;
        int senses = 0, tagged = 0;
        fields >> senses >> tagged;
        std::string offset;
        if (synsets > 0 && (fields >> offset))
            out[lemma] = Sense{offset, tagged};
    }
    return out;
}

} // namespace

int main(int argc, char **argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: wordnetpairs WORDNET_DIR OUTPUT\n");
        return 2;
    }
    const std::string dir = argv[1];
    std::set<std::pair<std::string, std::string>> pairs;
    sb_stemmer *stemmer = sb_stemmer_new("english", "UTF_8");
    // A word counts in the part of speech it is most used in ("select" the verb, not the
    // adjective "select" ~ "prize"), ties to the first of noun, verb, adjective, adverb.
    const std::vector<std::string> parts{"noun", "verb", "adj", "adv"};
    std::map<std::string, Sense> index[4];
    std::map<std::string, size_t> mainPart;
    for (size_t p = 0; p < parts.size(); ++p) {
        index[p] = firstSenses(dir + "/index." + parts[p]);
        for (const auto &[lemma, sense] : index[p]) {
            const auto known = mainPart.find(lemma);
            if (known == mainPart.end() || index[known->second].at(lemma).tagged < sense.tagged)
                mainPart[lemma] = p;
        }
    }
    for (size_t p = 0; p < parts.size(); ++p) {
        const char *pos = parts[p].c_str();
        const std::map<std::string, Sense> &first = index[p];
        std::ifstream data(dir + "/data." + pos);
        if (!data) {
            std::fprintf(stderr, "wordnetpairs: no %s/data.%s; the synonym table stays empty\n",
                         dir.c_str(), pos);
            continue;
        }
        std::string line;
        while (std::getline(data, line)) {
            if (line.empty() || line[0] == ' ')
                continue;
            std::istringstream fields(line);
            std::string offset, lexFile, type, countHex;
            fields >> offset >> lexFile >> type >> countHex;
            const int count = int(std::stoul(countHex, nullptr, 16));
            std::vector<std::string> stems;
            for (int i = 0; i < count; ++i) {
                std::string word, lexId;
                fields >> word >> lexId;
                word = word.substr(0, word.find('(')); // adjective markers: "(a)", "(p)"
                std::transform(word.begin(), word.end(), word.begin(),
                               [](unsigned char c) { return char(std::tolower(c)); });
                const auto sense = first.find(word);
                if (!plainWord(word) || sense == first.end() || sense->second.offset != offset ||
                    mainPart[word] != p)
                    continue; // a multiword lemma, or not what this word usually means
                stems.push_back(stem(stemmer, word));
            }
            for (const std::string &x : stems) {
                for (const std::string &y : stems) {
                    if (x != y)
                        pairs.insert({x, y});
                }
            }
        }
    }
    sb_stemmer_delete(stemmer);
    std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
    for (const auto &[x, y] : pairs)
        out << x << '\t' << y << '\n';
    return out ? 0 : 1;
}
