#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate a realistic synthetic news library: text articles grouped into stories.

Like months of collected coverage: topics (a company, a trade dispute) run over several
events days or weeks apart; each event is covered by one to six outlets: a wire report,
rewrites of it (sentences kept, reworded, dropped, added) and independent pieces that share
only the names, figures and the event's words. English function words around a Zipf-ranked
vocabulary, so segmentation, stemming and search behave as on real prose.

Each article is a text file with the header Parallax reads (title, outlet, byline, date,
url), in DIR/articles/NNN/ (a thousand to a folder); DIR/gold.json maps every file to its
event, so grouping can be scored.

usage: make-library.py --articles 100000 --seed 1 --out DIR [--first N]
       (--first skips the first N articles of the same sequence: extra articles for a
       library made with --articles N, without repeating any)
"""
import argparse, json, os, random, datetime

FUNCTION = ("the of and to in a that for on with as by at from its was is said has have "
            "will would it which but after over more than about this their who also been "
            "were be an into its not they had up out new one could while when last").split()
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ven", "dar", "tek", "ion",
             "gra", "sol", "mar", "kit", "zen", "bor", "fal", "qui", "les", "tor", "am", "bel"]
OUTLETS = [f"{a} {b}" for a in ("Northgate", "Brightwater", "Coastline", "Meridian", "Harbour",
                                 "Summit", "Riverside", "Granite", "Lakeshore", "Westbrook")
           for b in ("Wire", "Post", "Courier", "Ledger")]
FIRST = ["Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas",
         "Kemi", "Liang", "Mara", "Nils", "Omar", "Priya", "Rosa", "Sven", "Tariq", "Yara"]


# Every word ends in one of these, and no syllable starts like them: as in English, a whole
# word is seldom the start of another (a vocabulary where "beldar" began hundreds of longer
# words made every prefix search match half the library).
ENDINGS = ["ux", "eth", "yn", "oh", "es", "ey", "ur", "ol"]


def vocabulary(rng, size):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) + rng.choice(ENDINGS))
    return sorted(words)


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.vocab = vocabulary(self.rng, 30000)
        self.names = [w.capitalize() for w in vocabulary(random.Random(seed + 1), 8000)]

    def word(self):
        r = self.rng.random()
        if r < 0.45:
            return self.rng.choice(FUNCTION)
        return self.vocab[min(int(len(self.vocab) * self.rng.random() ** 2.5), len(self.vocab) - 1)]

    def figure(self):
        rng = self.rng
        kind = rng.random()
        if kind < 0.4:
            return f"{rng.choice('£$€')}{rng.randint(1, 99)}.{rng.randint(0, 9)}{rng.choice(['m', 'bn'])}"
        if kind < 0.8:
            return f"{rng.randint(0, 19)}.{rng.randint(0, 9)}%"
        return f"{rng.randint(2, 90)},{rng.randint(0, 999):03d}"

    def sentence(self, event, length=None):
        rng = self.rng
        n = length or rng.randint(12, 28)
        words = []
        for _ in range(n):
            r = rng.random()
            if r < 0.22:
                words.append(rng.choice(event["words"]))
            elif r < 0.28:
                words.append(rng.choice(event["entities"]))
            elif r < 0.31:
                words.append(rng.choice(event["figures"]))
            else:
                words.append(self.word())
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def topic(self, day):
        rng = self.rng
        return {"entities": [" ".join(rng.sample(self.names, rng.randint(1, 2))) for _ in range(rng.randint(2, 4))],
                "words": [self.word() for _ in range(12)], "day": day}

    def event(self, topic, day):
        rng = self.rng
        return {"entities": topic["entities"] + [rng.choice(self.names)],
                "words": topic["words"][:6] + [self.vocab[rng.randrange(len(self.vocab))] for _ in range(24)],
                "figures": [self.figure() for _ in range(rng.randint(2, 6))], "day": day}

    def wire(self, event):
        return [[self.sentence(event) for _ in range(self.rng.randint(1, 3))]
                for _ in range(self.rng.randint(6, 14))]

    def rewrite(self, event, paragraphs):
        rng = self.rng
        out = []
        for para in paragraphs:
            new = []
            for s in para:
                r = rng.random()
                if r < 0.10:
                    continue  # dropped
                if r < 0.40:  # reworded: a third of the words swapped, a clause moved
                    words = s.rstrip(".").split(" ")
                    words = [self.word() if rng.random() < 0.3 else w for w in words]
                    cut = rng.randint(1, len(words) - 1)
                    words = words[cut:] + words[:cut] if rng.random() < 0.3 else words
                    s = " ".join(words)
                    s = s[0].upper() + s[1:] + "."
                new.append(s)
                if rng.random() < 0.08:
                    new.append(self.sentence(event))  # added
            if new:
                out.append(new)
        if len(out) > 3 and rng.random() < 0.3:
            out.insert(rng.randrange(len(out)), out.pop(rng.randrange(len(out))))  # moved
        return out

    def independent(self, event):
        return [[self.sentence(event) for _ in range(self.rng.randint(1, 3))]
                for _ in range(self.rng.randint(5, 12))]


def articles(seed):
    """Yields (event id, outlet, date, paragraphs) forever, in a fixed sequence."""
    gen = Generator(seed)
    rng = gen.rng
    start = datetime.date(2024, 1, 1)
    day, event_id = 0, 0
    while True:
        topic = gen.topic(day)
        event_day = day
        for _ in range(rng.randint(1, 4)):  # the topic's events, days or weeks apart
            event = gen.event(topic, event_day)
            outlets = rng.sample(OUTLETS, rng.choice([1, 2, 2, 3, 3, 4, 4, 5, 6]))
            wire = gen.wire(event)
            for i, outlet in enumerate(outlets):
                if i == 0:
                    paras = wire
                elif rng.random() < 0.6:
                    paras = gen.rewrite(event, wire)
                else:
                    paras = gen.independent(event)
                date = start + datetime.timedelta(days=event_day + (rng.random() < 0.3))
                yield event_id, outlet, date, paras, event
            event_id += 1
            event_day += rng.randint(3, 21)
        day += rng.random() < 0.02  # about fifty topics start a day


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    gold = {}
    for n, (event_id, outlet, date, paras, event) in enumerate(articles(args.seed)):
        if n >= args.first + args.articles:
            break
        if n < args.first:
            continue
        name = f"a{n:06d}.txt"
        sub = os.path.join(args.out, "articles", f"{n // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        title = " ".join([event["entities"][0]] + paras[0][0].split(" ")[1:8])
        byline = f"{gen_first(n)} {event['entities'][-1].split(' ')[0]}"
        with open(os.path.join(sub, name), "w", encoding="utf-8") as f:
            f.write(f"title: {title}\noutlet: {outlet}\nbyline: {byline}\ndate: {date.isoformat()}\n"
                    f"url: https://{outlet.lower().replace(' ', '')}.example/{n}\n\n")
            f.write("\n\n".join(" ".join(p) for p in paras) + "\n")
        gold[f"{n // 1000:03d}/{name}"] = event_id
    gold_file = os.path.join(args.out, "gold.json")
    if args.first and os.path.exists(gold_file):
        with open(gold_file) as f:
            gold = {**json.load(f)["events"], **gold}
    with open(gold_file, "w") as f:
        json.dump({"events": gold}, f)


def gen_first(n):
    return FIRST[n % len(FIRST)]


if __name__ == "__main__":
    main()
